/** Provided by scripts/plan/vite-plugin.ts. */
declare module "virtual:plan-guide-info" {
  // An ambient module cannot import a relative path, so the type is named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const planGuideInfo: import("./plan-guide-info").PlanGuideInfo;
  export default planGuideInfo;
}
