import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFiles } from "../sync-export/import-files";
import { fixtureFolder } from "../sync-export/testing/fixture-files";
import { flushImportStorage, IMPORT_STORAGE_KEY, useImportPersistence, useImportStore } from "./import-store";

/** A Storage that refuses any write taking it past `quota` characters, as browsers do (QuotaExceededError). */
class LimitedStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string) {
    let used = name.length + value.length;
    for (const [key, item] of this.items) if (key !== name) used += key.length + item.length;
    if (used > this.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(name, value);
  }
  removeItem(name: string) {
    this.items.delete(name);
  }
  clear() {
    this.items.clear();
  }
}

const serverExport = await importFiles(fixtureFolder("server"), {});
const size = JSON.stringify({ state: { saved: { imported: serverExport } } }).length;

function useStorages(local: number, session: number) {
  Object.assign(globalThis, { localStorage: new LimitedStorage(local), sessionStorage: new LimitedStorage(session) });
}

describe("saving the findings", () => {
  beforeEach(() => {
    useImportStore.getState().forget();
    flushImportStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it("findings that fit are saved in this browser, and the page is told so", () => {
    useStorages(1_000_000, 1_000_000);
    useImportStore.getState().setImported(serverExport);
    flushImportStorage();
    expect(localStorage.getItem(IMPORT_STORAGE_KEY)).toContain(serverExport.agents[0]!.id);
    expect(useImportPersistence.getState().where).toBe("saved");
  });

  it("too big for localStorage: kept in this tab's sessionStorage, said so, and older findings are not left to come back", () => {
    useStorages(size / 2, 1_000_000);
    localStorage.setItem(IMPORT_STORAGE_KEY, JSON.stringify({ state: { saved: "older findings" }, version: 1 }));
    useImportStore.getState().setImported(serverExport);
    flushImportStorage();
    expect(localStorage.getItem(IMPORT_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(IMPORT_STORAGE_KEY)).toContain(serverExport.agents[0]!.id);
    expect(useImportPersistence.getState()).toEqual({ where: "tab", bytes: expect.any(Number) });
    expect(useImportPersistence.getState().bytes).toBeGreaterThan(size / 2);
    // The findings themselves are still there for this visit.
    expect(useImportStore.getState().saved?.imported.agents).toHaveLength(3);
  });

  it("refused by both storages: kept in memory for this page, and said so", () => {
    useStorages(100, 100);
    useImportStore.getState().setImported(serverExport);
    flushImportStorage();
    expect(useImportPersistence.getState().where).toBe("page");
    expect(useImportStore.getState().saved?.imported.agents).toHaveLength(3);
  });

  it("a reload finds the findings kept in the tab, and knows where they came from", async () => {
    useStorages(size / 2, 1_000_000);
    useImportStore.getState().setImported(serverExport);
    flushImportStorage();
    const inTab = sessionStorage.getItem(IMPORT_STORAGE_KEY)!;
    // A reload: the page starts empty, and the tab's sessionStorage is still there.
    useImportStore.setState({ saved: undefined });
    flushImportStorage();
    sessionStorage.setItem(IMPORT_STORAGE_KEY, inTab);
    localStorage.removeItem(IMPORT_STORAGE_KEY);
    useImportPersistence.setState({ where: "saved", bytes: 0 });
    await useImportStore.persist.rehydrate();
    expect(useImportStore.getState().saved?.imported.agents).toHaveLength(3);
    expect(useImportPersistence.getState().where).toBe("tab");
  });

  it("once they fit again, the tab's copy goes and the findings are saved", () => {
    useStorages(size / 2, 1_000_000);
    useImportStore.getState().setImported(serverExport);
    flushImportStorage();
    useImportStore.getState().forget();
    flushImportStorage();
    expect(sessionStorage.getItem(IMPORT_STORAGE_KEY)).toBeNull();
    expect(useImportPersistence.getState().where).toBe("saved");
  });
});

describe("when the findings are written", () => {
  it("after the task that set them (so the findings paint first), once for several changes", async () => {
    useStorages(1_000_000, 1_000_000);
    const writes: string[] = [];
    const setItem = localStorage.setItem.bind(localStorage);
    localStorage.setItem = (name: string, value: string) => {
      writes.push(value);
      setItem(name, value);
    };
    useImportStore.getState().setImported(serverExport);
    useImportStore.getState().choose(serverExport.agents[1]!.id);
    expect(writes).toEqual([]);
    // Read back before the write: the pending findings, not older ones.
    expect((await useImportStore.persist.getOptions().storage!.getItem(IMPORT_STORAGE_KEY))?.state).toMatchObject({
      saved: { chosenId: serverExport.agents[1]!.id },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain(`"chosenId":"${serverExport.agents[1]!.id}"`);
    delete (globalThis as { localStorage?: unknown }).localStorage;
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });
});
