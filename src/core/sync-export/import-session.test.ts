import { describe, expect, it } from "vitest";
import { createImportSession, type PickedFile } from "./import-session";
import { fixtureFolder } from "./testing/fixture-files";

/** The server fixture as the page hands it to the session: names and blobs. */
async function serverPick(): Promise<PickedFile[]> {
  return Promise.all(
    fixtureFolder("server").map(async (file) => ({
      name: file.name,
      blob: new Blob([(await file.read()) as Uint8Array<ArrayBuffer>]),
    })),
  );
}

describe("the import's reading session", () => {
  it("reads picked blobs into the export's agents and metaverse, reporting bytes up to the total", async () => {
    const files = await serverPick();
    const total = files.reduce((sum, file) => sum + file.blob.size, 0);
    const progress: [number, number][] = [];
    const imported = await createImportSession().read(1, files, (done, all) => progress.push([done, all]));
    expect(imported?.agents).toHaveLength(3);
    expect(imported?.metaverse).toBeDefined();
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it("a cancelled read returns nothing, and a later read of the same session still works", async () => {
    const session = createImportSession();
    const files = await serverPick();
    const first = session.read(1, files, () => undefined);
    session.cancel(1);
    expect(await first).toBeUndefined();
    expect((await session.read(2, files, () => undefined))?.agents).toHaveLength(3);
  });
});
