// Fine: a feature uses core and shared code.
import { decide } from "../../core/decision/decide";
import { siteName } from "../../shared/site";

export const summary = () => `${siteName}: ${decide()}`;
