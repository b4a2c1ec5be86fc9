import { summary } from "../features/plan/allowed";

export const route = summary;
