/** Site-wide strings and settings that several modules need. */
export const site = {
  name: "Entra Migration Advisor",
  tagline: "Leave the deprecated FIM Connector for Microsoft Entra ID with a plan you can defend.",
  description:
    "Independent guidance and a question-by-question advisor for moving off the deprecated FIM Connector for Microsoft Entra ID to cloud sync, Connect Sync or the MIM Graph connector.",
} as const;

export function pageTitle(title?: string): string {
  return title ? `${title} · ${site.name}` : site.name;
}
