import { readFileSync } from "node:fs";
import { join } from "node:path";
import { entraCsv } from "../../src/core/match-check/testing/fixtures";
import { oldUser } from "../../src/core/match-check/testing/population";

const fixtures = join(import.meta.dirname, "../../src/core/pending-exports/fixtures");

/** The reader's fixtures in the real csexport format (src/core/pending-exports/fixtures). */
export const pendingFixtures = {
  /** A Connect Sync server's Entra connector in staging mode ("contoso.onmicrosoft.com - AAD"). */
  entra: readFileSync(join(fixtures, "connect-sync-entra.xml")),
  /** The old connector's own agent ("WAAD"): one pending contact delete. */
  oldConnector: readFileSync(join(fixtures, "old-connector.xml")),
};

export const xmlFile = (name: string, buffer: Buffer) => ({ name, mimeType: "text/xml", buffer });

/** The match check's Entra users file, holding the user the fixture's one pending add would duplicate. */
export const entraUsersFile = {
  name: "entra-users.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    entraCsv([
      oldUser(1, { UserPrincipalName: "nadia.okafor@contoso.com" }),
      oldUser(2, { UserPrincipalName: "someone.else@contoso.com" }),
    ]),
  ),
};

/** What the fixture of the Entra connector holds, per object type and operation (zeros included). */
export const entraCounts: Record<string, number> = {
  "user:add": 1,
  "user:update": 2,
  "user:delete": 1,
  "user:delete-add": 0,
  "group:add": 0,
  "group:update": 1,
  "group:delete": 0,
  "group:delete-add": 0,
  "contact:add": 0,
  "contact:update": 0,
  "contact:delete": 0,
  "contact:delete-add": 1,
};
