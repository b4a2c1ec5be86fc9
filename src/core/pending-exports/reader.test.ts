import { describe, expect, it } from "vitest";
import { PendingExportReader, readPendingExport, readPendingExportBytes, type PendingExportSummary } from ".";
import { attr, csObject, csObjects, encode, fixtureBytes } from "./testing/fixtures";

const entra = () => readPendingExportBytes("pending.xml", fixtureBytes("connect-sync-entra.xml"));
const countOf = (summary: PendingExportSummary, key: string) =>
  summary.counts.find((count) => `${count.objectType}:${count.operation}` === key)?.count;
const attributeOf = (summary: PendingExportSummary, name: string) =>
  summary.attributes.find((attribute) => attribute.name === name);

describe("reading a Connect Sync server's pending exports", () => {
  it("counts every pending operation per object type", () => {
    const summary = entra();
    expect(summary.problems).toEqual([]);
    expect(summary.partial).toBe(false);
    expect(summary.objects).toBe(7);
    expect(summary.pending).toBe(6);
    expect(summary.counts.map((count) => [`${count.objectType}:${count.operation}`, count.count])).toEqual([
      ["user:add", 1],
      ["user:update", 2],
      ["user:delete", 1],
      ["group:update", 1],
      ["contact:delete-add", 1],
    ]);
  });

  it("counts an escrowed export apart, never as pending", () => {
    const summary = entra();
    expect(summary.escrowed).toBe(1);
    expect(attributeOf(summary, "department")).toBeUndefined();
  });

  it("names the connector and the newest import the file shows", () => {
    const summary = entra();
    expect(summary.connectorName).toBe("contoso.onmicrosoft.com - AAD");
    expect(summary.connectorId).toBe("{B891884F-051E-4A83-95AF-2544101C9083}");
    expect(summary.newestImport).toBe("2026-12-02 06:40:11.000");
  });

  it("lists the attributes pending updates change, most frequent first", () => {
    const summary = entra();
    expect(summary.attributes.map((attribute) => [attribute.name, attribute.objects])).toEqual([
      ["displayName", 1],
      ["managedBy", 1],
      ["member", 1],
      ["proxyAddresses", 1],
      ["sourceAnchor", 1],
    ]);
  });

  it("gives a single-valued replace its value before and after", () => {
    const [sample] = attributeOf(entra(), "displayName")!.samples;
    expect(sample).toMatchObject({
      dn: "CN={6C756361}",
      operation: "replace",
      reference: false,
      before: ["Luca Bianchi"],
      after: ["Luca Bianchi (Finance)"],
    });
  });

  it("gives a multi-valued update the values it adds and removes", () => {
    const [sample] = attributeOf(entra(), "proxyAddresses")!.samples;
    expect(sample!.added).toEqual(["SMTP:Luca.Bianchi@contoso.com", "smtp:luca.bianchi@fabrikam.example"]);
    expect(sample!.removed).toEqual(["SMTP:lbianchi@contoso.com"]);
  });

  it("gives reference changes as DNs, added and removed members apart", () => {
    const summary = entra();
    const member = attributeOf(summary, "member")!;
    expect(member.reference).toBe(true);
    expect(member.samples[0]).toMatchObject({
      reference: true,
      before: ["CN={6F6C64}", "CN={6C756361}"],
      after: ["CN={6C756361}", "CN={6E61646961}"],
      added: ["CN={6E61646961}"],
      removed: ["CN={6F6C64}"],
    });
    expect(attributeOf(summary, "managedBy")!.samples[0]).toMatchObject({
      before: ["CN={6F6C64}"],
      after: ["CN={6C756361}"],
    });
  });

  it("gives each object a compact row: DN, type, operation, anchor, attributes, UPN and primary SMTP", () => {
    const summary = entra();
    const add = summary.counts.find((count) => count.operation === "add")!;
    expect(add.rows).toEqual([
      {
        dn: "CN={6E61646961}",
        objectType: "user",
        operation: "add",
        anchor: "TmFkaWE=",
        attributes: ["displayName", "proxyAddresses", "sourceAnchor", "userPrincipalName"],
        userPrincipalName: "Nadia.Okafor@contoso.com",
        primarySmtp: "Nadia.Okafor@contoso.com",
        displayName: "Nadia Okafor",
      },
    ]);
    const deleted = summary.counts.find((count) => count.operation === "delete")!.rows[0]!;
    expect(deleted).toMatchObject({ dn: "CN={6F6C64}", anchor: "T2xk", userPrincipalName: "old.account@contoso.com" });
    const replaced = summary.counts.find((count) => count.operation === "delete-add")!.rows[0]!;
    expect(replaced).toMatchObject({ objectType: "contact", primarySmtp: "desk@supplier.example" });
  });

  it("gives a rename its new DN (the delta's newdn) and counts the renames", () => {
    const summary = readPendingExportBytes(
      "x.xml",
      encode(
        csObjects(
          csObject({ dn: "CN=a,OU=Old", operation: "update", delta: attr("title", ["x"], "replace") }).replace(
            'dn="CN=a,OU=Old">',
            'dn="CN=a,OU=Old" newdn="CN=a,OU=New">',
          ),
        ),
      ),
    );
    expect(summary.renames).toBe(1);
    expect(summary.counts[0]!.rows[0]!.newDn).toBe("CN=a,OU=New");
  });

  it("counts a replace of the whole object as an update", () => {
    const summary = readPendingExportBytes(
      "x.xml",
      encode(csObjects(csObject({ dn: "CN=r", operation: "replace", delta: attr("title", ["Boss"]) }))),
    );
    expect(countOf(summary, "user:update")).toBe(1);
  });

  it("leaves objects with no pending delta, or an obsolete one, out of the counts", () => {
    const summary = readPendingExportBytes(
      "x.xml",
      encode(csObjects(csObject({ dn: "CN=a" }), csObject({ dn: "CN=b", operation: "obsolete" }))),
    );
    expect(summary.objects).toBe(2);
    expect(summary.pending).toBe(0);
    expect(summary.counts).toEqual([]);
  });

  it("works out the values after an update when the file has no export hologram", () => {
    const summary = readPendingExportBytes(
      "x.xml",
      encode(
        csObjects(
          csObject({
            dn: "CN=a",
            operation: "update",
            delta: attr("otherMails", ["add:c@x", "delete:a@x"], "update") + attr("title", [], "delete"),
            before: attr("otherMails", ["a@x", "b@x"]) + attr("title", ["Lead"]),
          }),
        ),
      ),
    );
    expect(attributeOf(summary, "otherMails")!.samples[0]).toMatchObject({ after: ["b@x", "c@x"], removed: ["a@x"] });
    expect(attributeOf(summary, "title")!.samples[0]).toMatchObject({ before: ["Lead"], after: [] });
  });
});

describe("what the summary keeps is bounded", () => {
  const many = (count: number) =>
    csObjects(
      ...Array.from({ length: count }, (_, index) =>
        csObject({
          dn: `CN=u${index}`,
          operation: "update",
          delta: attr("proxyAddresses", [`add:smtp:${"x".repeat(300)}${index}@x`], "update"),
          before: attr(
            "proxyAddresses",
            Array.from({ length: 12 }, (_, value) => `smtp:${value}@x`),
          ),
        }),
      ),
    );

  it("lists at most rowsPerCount objects per count, and says how many it left out", () => {
    const summary = readPendingExportBytes("x.xml", encode(many(7)), { limits: { rowsPerCount: 3 } });
    const [count] = summary.counts;
    expect(count).toMatchObject({ count: 7, rowsLeftOut: 4 });
    expect(count!.rows).toHaveLength(3);
  });

  it("keeps a few samples per attribute, a few values per sample, and cuts long values", () => {
    const summary = readPendingExportBytes("x.xml", encode(many(9)));
    const attribute = attributeOf(summary, "proxyAddresses")!;
    expect(attribute.objects).toBe(9);
    expect(attribute.samples).toHaveLength(summary.limits.samplesPerAttribute);
    const [sample] = attribute.samples;
    expect(sample!.before).toHaveLength(summary.limits.valuesPerSample);
    expect(sample!.truncated).toBe(true);
    expect(sample!.added[0]).toMatch(/…$/);
    expect(sample!.added[0]!.length).toBe(summary.limits.valueChars + 1);
  });

  it("stops keeping gate keys past gateKeys, and says the gates cannot be complete", () => {
    const adds = csObjects(
      ...Array.from({ length: 5 }, (_, index) => csObject({ dn: `CN=a${index}`, operation: "add" })),
    );
    const summary = readPendingExportBytes("x.xml", encode(adds), { limits: { gateKeys: 2 } });
    expect(summary.addKeys).toHaveLength(2);
    expect(summary.keysComplete).toBe(false);
  });
});

describe("the reader's entry points", () => {
  it("hands every object to onObject, in file order", () => {
    const seen: string[] = [];
    readPendingExportBytes("pending.xml", fixtureBytes("connect-sync-entra.xml"), {
      onObject: (object) => seen.push(`${object.objectType} ${object.pending?.operation ?? "-"}`),
    });
    expect(seen).toEqual([
      "user add",
      "user update",
      "group update",
      "user delete",
      "contact delete-add",
      "user update",
      "user -",
    ]);
  });

  it("reads decoded text fed to PendingExportReader as it is to the byte reader", () => {
    const text = new TextDecoder().decode(fixtureBytes("connect-sync-entra.xml"));
    const reader = new PendingExportReader("pending.xml");
    for (let at = 0; at < text.length; at += 1000) reader.write(text.slice(at, at + 1000));
    expect(reader.close()).toEqual(entra());
  });

  it("reads a stream of chunks, reports its progress in bytes, and carries the file's date", async () => {
    const bytes = fixtureBytes("connect-sync-entra.xml");
    const done: number[] = [];
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
    }
    const summary = await readPendingExport(
      { name: "pending.xml", size: bytes.length, chunks: chunks() },
      { onBytes: (bytesDone) => done.push(bytesDone), fileDate: "2026-12-02T07:00:00.000Z" },
    );
    expect({ ...summary, fileDate: undefined }).toEqual({ ...entra(), fileDate: undefined });
    expect(summary.fileDate).toBe("2026-12-02T07:00:00.000Z");
    expect(done.at(-1)).toBe(bytes.length);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it("reads a ReadableStream, as File.stream() gives it", async () => {
    const bytes = fixtureBytes("connect-sync-entra.xml");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 3000) controller.enqueue(bytes.slice(at, at + 3000));
        controller.close();
      },
    });
    expect(await readPendingExport({ name: "pending.xml", chunks: stream })).toEqual(entra());
  });

  it("stops when its signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const summary = await readPendingExport(
      { name: "pending.xml", chunks: [fixtureBytes("connect-sync-entra.xml")] },
      { signal: controller.signal },
    );
    expect(summary.objects).toBe(0);
  });
});
