// Wrong, with cycle-b.ts: two modules that import each other.
import { b } from "./cycle-b";

export const a = () => b();
export const decide = () => a();
