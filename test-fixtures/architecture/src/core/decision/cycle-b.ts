import { a } from "./decide";

export const b = (): string => String(a);
