/**
 * A user's soft-match keys: the UPN and the primary SMTP address, lower-cased (Entra compares
 * them case-insensitively). The primary SMTP address is the proxy address with the upper-case
 * `SMTP:` prefix; without one, Mail.
 */
export function primarySmtp(proxyAddresses: string, mail: string): string {
  for (const value of proxyAddresses.split(";")) {
    const address = value.trim();
    if (address.startsWith("SMTP:")) return address.slice(5).trim();
  }
  return mail.trim();
}

export function softKeys(userPrincipalName: string, proxyAddresses: string, mail: string): string[] {
  const keys = [userPrincipalName.trim().toLowerCase(), primarySmtp(proxyAddresses, mail).toLowerCase()];
  return keys.filter((key, index) => key !== "" && keys.indexOf(key) === index);
}
