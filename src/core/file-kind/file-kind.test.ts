import { describe, expect, it } from "vitest";
import { csexportContent, detectEncoding, sniffFileKind, splitOffCsexports } from "./file-kind";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("recognising a file by its first bytes", () => {
  it("knows the match check's files by their header, in any case and column order", () => {
    expect(sniffFileKind(bytes('"Forest","DistinguishedName","ObjectGUID","mS-DS-ConsistencyGuid"\r\n')).kind).toBe(
      "ad-users",
    );
    expect(sniffFileKind(bytes('"MS-DS-CONSISTENCYGUID";"objectguid"\r\n'))).toEqual({
      kind: "ad-users",
      delimiter: ";",
    });
    expect(
      sniffFileKind(bytes('#TYPE System.Management.Automation.PSCustomObject\r\n"Id","OnPremisesImmutableId"\r\n'))
        .kind,
    ).toBe("entra-users");
    expect(sniffFileKind(bytes('{\r\n  "onPremisesSynchronization": {')).kind).toBe("tenant-settings");
  });

  it("tells the AD groups and contacts file from the AD users file by its ObjectClass column", () => {
    expect(
      sniffFileKind(
        bytes(
          '"Forest","DistinguishedName","ObjectClass","ObjectGUID","mS-DS-ConsistencyGuid","DisplayName","Mail","ProxyAddresses"\r\n',
        ),
      ),
    ).toEqual({ kind: "ad-groups-contacts", delimiter: "," });
    expect(sniffFileKind(bytes('"objectguid";"OBJECTCLASS";"ms-ds-consistencyguid"\r\n')).kind).toBe(
      "ad-groups-contacts",
    );
  });

  it("knows a FIM/MIM server export, a csexport file and Connect Sync's and the FIM Service's exports", () => {
    expect(
      sniffFileKind(bytes('<?xml version="1.0" encoding="utf-16"?>\n<saved-ma-configuration server="x">')).kind,
    ).toBe("sync-export");
    expect(sniffFileKind(bytes("<saved-mv-configuration><mv-data>")).kind).toBe("sync-export");
    expect(sniffFileKind(bytes('<export-ma server="x">')).kind).toBe("sync-export");
    expect(sniffFileKind(bytes('<?xml version="1.0"?><cs-objects>')).kind).toBe("csexport");
    expect(sniffFileKind(bytes("<ma-data><name>contoso.com</name>")).kind).toBe("connect-sync-config");
    expect(sniffFileKind(bytes("<Results><ExportObject>")).kind).toBe("fim-service-export");
    expect(sniffFileKind(bytes("Name,Email\r\n")).kind).toBe("unknown");
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04])).kind).toBe("unknown");
  });

  it("reads the byte order mark: UTF-8, UTF-16 LE (Export-Csv -Encoding Unicode) and BE", () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: "utf-16be", bomLength: 2 });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('"Id","OnPremisesImmutableId"', (char) => [char.charCodeAt(0), 0]).flat(),
    ]);
    expect(sniffFileKind(utf16).kind).toBe("entra-users");
  });

  it("splits the csexport files off what was picked, by content, keeping the order of the rest", async () => {
    const picked = [
      new File(['"ObjectGUID","mS-DS-ConsistencyGuid"\r\n'], "ad.csv"),
      new File(['<?xml version="1.0" encoding="utf-8"?>\r\n<cs-objects>\r\n<cs-object>'], "export (1).txt"),
      new File(["<saved-ma-configuration>"], "MA-{1}.XML"),
    ];
    const { csexports, rest } = await splitOffCsexports(picked);
    expect(csexports.map((file) => file.name)).toEqual(["export (1).txt"]);
    expect(rest.map((file) => file.name)).toEqual(["ad.csv", "MA-{1}.XML"]);
  });
});

describe("what a csexport holds", () => {
  const object = (pending: boolean) =>
    `<cs-object cs-dn="CN=x" id="{1}" object-type="group"><ma-name>WAAD</ma-name><synchronized-hologram><entry dn="CN=x"/></synchronized-hologram>${pending ? '<unapplied-export><delta operation="update" dn="CN=x"/></unapplied-export>' : ""}</cs-object>`;
  const csexport = (name: string, ...objects: string[]) =>
    new File([`<?xml version="1.0" encoding="UTF-8"?><cs-objects>${objects.join("")}</cs-objects>`], name);

  it("pending exports when every object read has an unapplied export (csexport /f:x)", async () => {
    expect(await csexportContent(csexport("x.xml", object(true), object(true)))).toBe("pending-exports");
  });

  it("the whole connector space when any object has none (csexport without a filter)", async () => {
    expect(await csexportContent(csexport("cs.xml", object(true), object(false)))).toBe("connector-space");
  });

  it("with pendingOnly, a whole connector space stays with the rest and pending exports are split off", async () => {
    const picked = [csexport("cs.xml", object(false)), csexport("pending.xml", object(true))];
    const { csexports, rest } = await splitOffCsexports(picked, { pendingOnly: true });
    expect(csexports.map((file) => file.name)).toEqual(["pending.xml"]);
    expect(rest.map((file) => file.name)).toEqual(["cs.xml"]);
  });
});
