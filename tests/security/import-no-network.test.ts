import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportDocx } from '../../src/export/docx.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { buildCli, sandbox, STACK_LINE, type Sandbox } from '../fault/support/cli.js';
import { makeZip, readZipEntries } from '../fault/support/zip.js';
import { sampleDocument } from '../support/tables/documents.js';

/**
 * Imported documents are only parsed. A .docx whose relationships point at http URLs (hyperlink,
 * linked picture, OLE object, sub-document, attached template, an altChunk, INCLUDEPICTURE and
 * INCLUDETEXT fields), one with an external XML entity, and an .xlsx with an external workbook
 * link, WEBSERVICE and DDE formulas, a web query and hyperlinks — all pointing at a local server —
 * plus a macro part and zip entries named ../../… are imported, checked and exported by the CLI
 * running under a guard that logs every socket, DNS lookup and child process. Nothing reaches the
 * server, nothing connects, nothing is run, and the only file written is the chosen output.
 */

let cli: string;
let removeCli: () => void;
let box: Sandbox;
let server: http.Server;
let base: string;
const hits: string[] = [];
let guard: string;
let guardLog: string;
const escapeName = `jixiao-escape-${process.pid}.txt`;
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ cli, remove: removeCli } = buildCli('security-network'));
  box = sandbox('security-network');
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('gotcha');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  guardLog = join(box.root, 'guard.log');
  guard = join(box.root, 'guard.mjs');
  writeFileSync(guard, GUARD);
  files.docx = join(box.root, '带外部链接的目标表.docx');
  files.xxe = join(box.root, '外部实体.docx');
  files.xlsx = join(box.root, '带外部链接的目标表.xlsx');
  writeFileSync(files.docx, hostileDocx(await exportDocx(sampleDocument())));
  writeFileSync(files.xxe, xxeDocx(await exportDocx(sampleDocument())));
  writeFileSync(files.xlsx, hostileXlsx(await exportXlsx(sampleDocument())));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  removeCli?.();
  box?.remove();
});

/** Preloaded into the CLI: logs every connection, DNS lookup, fetch and child process. */
const GUARD = `
import cp from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
const log = (what) => fs.appendFileSync(process.env.JIXIAO_GUARD_LOG, what + '\\n');
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = args[0];
  log('connect ' + JSON.stringify(o && typeof o === 'object' ? { host: o.host, port: o.port, path: o.path } : args.slice(0, 2)));
  return connect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  const original = dns[name];
  dns[name] = function (...args) { log('dns.' + name + ' ' + args[0]); return original.apply(this, args); };
}
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  const original = cp[name];
  cp[name] = function (...args) { log('child_process.' + name + ' ' + args[0]); return original.apply(this, args); };
}
syncBuiltinESMExports();
const fetch = globalThis.fetch;
globalThis.fetch = (...args) => { log('fetch ' + String(args[0])); return fetch(...args); };
`;

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rel = (id: string, type: string, target: string, external = true) =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;

/** Zip entries that would land outside any folder they were extracted into. */
function escapingEntries() {
  return [
    { name: `../../../../tmp/${escapeName}`, data: 'escaped' },
    { name: `/tmp/abs-${escapeName}`, data: 'escaped' },
    { name: `word/../../${escapeName}`, data: 'escaped' },
  ];
}

function hostileDocx(original: Uint8Array): Buffer {
  const parts = readZipEntries(original);
  const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
  parts.set(
    'word/_rels/document.xml.rels',
    Buffer.from(
      rels.replace(
        '</Relationships>',
        [
          rel('rId90', 'hyperlink', `${base}/hyperlink`),
          rel('rId91', 'image', `${base}/linked-picture.png`),
          rel('rId92', 'oleObject', `${base}/object.bin`),
          rel('rId93', 'subDocument', `${base}/subdocument.docx`),
          rel('rId94', 'aFChunk', 'afchunk.htm', false),
        ].join('') + '</Relationships>',
      ),
    ),
  );
  parts.set(
    'word/_rels/settings.xml.rels',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'attachedTemplate', `${base}/template.dotm`)}</Relationships>`,
    ),
  );
  parts.set(
    'word/afchunk.htm',
    Buffer.from(
      `<html><body><img src="${base}/altchunk.png"><iframe src="${base}/frame"></iframe></body></html>`,
    ),
  );
  parts.set(
    'word/vbaProject.bin',
    Buffer.from('Attribute VB_Name = "AutoOpen"\nShell "curl ' + base + '/macro"'),
  );
  const body = [
    `<w:p><w:hyperlink r:id="rId90"><w:r><w:t>外部链接</w:t></w:r></w:hyperlink></w:p>`,
    `<w:p><w:r><w:drawing><wp:inline><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId91"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
    `<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;${base}/field-picture.png&quot; \\d "><w:r><w:t>图片</w:t></w:r></w:fldSimple></w:p>`,
    `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDETEXT "${base}/field-text.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    `<w:altChunk r:id="rId94"/>`,
    `<w:p><w:r><w:object><o:OLEObject Type="Link" r:id="rId92"/></w:object></w:r></w:p>`,
  ].join('');
  const xml = parts.get('word/document.xml')!.toString('utf8');
  parts.set('word/document.xml', Buffer.from(xml.replace('<w:body>', `<w:body>${body}`)));
  return makeZip([...[...parts].map(([name, data]) => ({ name, data })), ...escapingEntries()]);
}

function xxeDocx(original: Uint8Array): Buffer {
  const parts = readZipEntries(original);
  const xml = parts.get('word/document.xml')!.toString('utf8');
  const doctype = `<!DOCTYPE w:document [<!ENTITY local SYSTEM "file:///etc/hostname"><!ENTITY remote SYSTEM "${base}/xxe">]>`;
  const withEntities = xml
    .replace(/^(<\?xml[^>]*\?>)/, `$1${doctype}`)
    .replace('<w:body>', '<w:body><w:p><w:r><w:t>实体：&local;&remote;</w:t></w:r></w:p>');
  parts.set('word/document.xml', Buffer.from(withEntities));
  return makeZip([...parts].map(([name, data]) => ({ name, data })));
}

function hostileXlsx(original: Uint8Array): Buffer {
  const parts = readZipEntries(original);
  const set = (name: string, text: string) => parts.set(name, Buffer.from(text));
  const text = (name: string) => parts.get(name)!.toString('utf8');
  set(
    'xl/workbook.xml',
    text('xl/workbook.xml').replace(
      '<calcPr',
      '<externalReferences><externalReference r:id="rId99"/></externalReferences><calcPr',
    ),
  );
  set(
    'xl/_rels/workbook.xml.rels',
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `${rel('rId99', 'externalLink', 'externalLinks/externalLink1.xml', false)}${rel('rId98', 'connections', 'connections.xml', false)}</Relationships>`,
    ),
  );
  set(
    'xl/externalLinks/externalLink1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`,
  );
  set(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'externalLinkPath', `${base}/external-book.xlsx`)}</Relationships>`,
  );
  set(
    'xl/connections.xml',
    `<?xml version="1.0" encoding="UTF-8"?><connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" name="web" type="4" refreshOnLoad="1"><webPr url="${base}/web-query"/></connection></connections>`,
  );
  const sheet = text('xl/worksheets/sheet2.xml');
  const formulas = `<row r="60"><c r="A60"><f>WEBSERVICE("${base}/webservice")</f><v>0</v></c><c r="B60"><f>cmd|'/c curl ${base}/dde'!A0</f><v>0</v></c><c r="C60"><f>HYPERLINK("${base}/formula-link","链接")</f><v>0</v></c><c r="D60"><f>[1]Sheet1!A1</f><v>0</v></c></row>`;
  set(
    'xl/worksheets/sheet2.xml',
    sheet
      .replace('</sheetData>', `${formulas}</sheetData>`)
      .replace(/(<\/sheetData>)/, '$1<hyperlinks><hyperlink ref="A60" r:id="rId7"/></hyperlinks>'),
  );
  set(
    'xl/worksheets/_rels/sheet2.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId7', 'hyperlink', `${base}/cell-link`)}</Relationships>`,
  );
  set('xl/vbaProject.bin', 'Sub Workbook_Open()\nShell "curl http://127.0.0.1/macro"\nEnd Sub');
  return makeZip([...[...parts].map(([name, data]) => ({ name, data })), ...escapingEntries()]);
}

/** Every file under a folder, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function guarded(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', guard, cli, ...args],
      {
        env: { ...box.env, JIXIAO_GUARD_LOG: guardLog, TMPDIR: join(box.root, 'tmp') },
        cwd: box.root,
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : error ? -1 : 0, stdout, stderr }),
    );
  });
}

describe('imported documents are only parsed', () => {
  it('the guard notices a connection (it works)', async () => {
    writeFileSync(join(box.root, 'probe.mjs'), `await fetch('${base}/probe').then((r) => r.text());`);
    await new Promise<void>((resolve) =>
      execFile(
        process.execPath,
        ['--import', guard, join(box.root, 'probe.mjs')],
        { env: { ...box.env, JIXIAO_GUARD_LOG: guardLog } },
        () => resolve(),
      ),
    );
    expect(readFileSync(guardLog, 'utf8')).toMatch(/fetch .*\/probe/);
    expect(hits).toEqual(['GET /probe']);
    hits.length = 0;
    writeFileSync(guardLog, '');
  });

  it('import, check and export of hostile .docx and .xlsx: no connection, no program run, only the chosen output written', async () => {
    mkdirSync(join(box.root, 'tmp'), { recursive: true });
    const before = tree(box.root);
    const out = (name: string) => join(box.exports, name);
    const runs: Array<[string[], string]> = [
      [['import', files.docx, '-o', out('docx.json')], 'exports/docx.json'],
      [['import', files.xlsx, '-o', out('xlsx.json')], 'exports/xlsx.json'],
      [['import', files.xxe, '-o', out('xxe.json')], 'exports/xxe.json'],
      [['check', files.docx], ''],
      [['check', files.xlsx, '--format', 'json'], ''],
      [['export', files.docx, '--to', 'md', '-o', out('docx.md')], 'exports/docx.md'],
      [['export', files.xlsx, '--to', 'docx', '-o', out('xlsx.docx')], 'exports/xlsx.docx'],
    ];
    const expectedNew: string[] = [];
    for (const [args, output] of runs) {
      const result = await guarded(args);
      expect(result.stderr, args.join(' ')).not.toMatch(STACK_LINE);
      if (args[0] !== 'check') {
        // Read, or refused with a message (an entity declaration may be refused): never half.
        if (result.code === 0) expectedNew.push(output);
        else expect(result.stderr).toMatch(/^错误：/m);
      }
      expect(
        `${result.stdout}${existsSync(join(box.root, output)) && output ? readFileSync(join(box.root, output), 'latin1') : ''}`,
      ).not.toContain('gotcha');
    }
    expect(expectedNew).toEqual(
      expect.arrayContaining([
        'exports/docx.json',
        'exports/xlsx.json',
        'exports/docx.md',
        'exports/xlsx.docx',
      ]),
    );

    expect(hits).toEqual([]);
    expect(existsSync(guardLog) ? readFileSync(guardLog, 'utf8') : '').toBe('');
    const after = tree(box.root);
    expect(after.filter((name) => !before.includes(name)).sort()).toEqual(expectedNew.sort());
    expect(tree(join(box.root, 'tmp'))).toEqual([]);
    for (const place of [
      `/tmp/${escapeName}`,
      `/tmp/abs-${escapeName}`,
      join(dirname(box.root), escapeName),
      join(box.root, escapeName),
    ])
      expect(existsSync(place), place).toBe(false);

    // The text of the tables is there; no file content came in through an entity.
    const imported = readFileSync(join(box.exports, 'docx.json'), 'utf8');
    expect(imported).toContain('某街道办事处');
    if (existsSync(join(box.exports, 'xxe.json'))) {
      const host = readFileSync('/etc/hostname', 'utf8').trim() || hostname();
      expect(readFileSync(join(box.exports, 'xxe.json'), 'utf8')).not.toContain(host);
    }
  }, 90_000);

  it('in process too (the app’s “open a file”): loadDocumentFile makes no request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const requestSpy = vi.spyOn(http, 'request');
    try {
      for (const file of [files.docx, files.xlsx, files.xxe])
        await loadDocumentFile(file).catch(() => undefined);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(requestSpy).not.toHaveBeenCalled();
      expect(hits).toEqual([]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
