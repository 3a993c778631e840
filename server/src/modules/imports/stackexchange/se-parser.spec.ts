import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSiteFolders, readSite, SeDumpError, streamRows } from './se-parser';

const POSTS = `\ufeff<?xml version="1.0" encoding="utf-8"?>
<posts>
  <row Id="1" PostTypeId="1" AcceptedAnswerId="3" CreationDate="2016-08-02T15:39:14.947" Body="&lt;p&gt;What does &quot;backprop&quot; mean?&lt;/p&gt;&#xA;" OwnerUserId="8" LastEditDate="2016-08-18T13:20:02.773" Title="What is &quot;backprop&quot;?" Tags="&lt;neural-networks&gt;&lt;definitions&gt;" />
  <row Id="3" PostTypeId="2" ParentId="1" CreationDate="2016-08-02T15:40:24.820" Body="&lt;p&gt;Zoë says: it's the same.&lt;/p&gt;" OwnerDisplayName="Zoë" />
  <row Id="4" PostTypeId="5" CreationDate="2016-08-02T15:41:00.000" Body="" />
  <row Id="5" PostTypeId="1" CreationDate="2016-08-03T10:00:00.000" Body="&lt;p&gt;x&lt;/p&gt;" Title="Tags the new way" Tags="|a|b-c|" />
</posts>`;

const USERS = `<?xml version="1.0" encoding="utf-8"?>
<users>
  <row Id="-1" CreationDate="2016-08-02T00:14:10.580" DisplayName="Community" AboutMe="&lt;p&gt;Not a person&lt;/p&gt;" />
  <row Id="8" CreationDate="2016-08-02T15:36:45.333" DisplayName="Ada &amp; Co" />
</users>`;

describe('Stack Exchange dump parser', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'se-parser-'));
    mkdirSync(join(dir, 'dumps', 'tiny'), { recursive: true });
    mkdirSync(join(dir, 'dumps', 'posts-only'), { recursive: true });
    mkdirSync(join(dir, 'dumps', 'not-a-site'), { recursive: true });
    mkdirSync(join(dir, 'empty'), { recursive: true });
    writeFileSync(join(dir, 'dumps', 'tiny', 'Posts.xml'), POSTS);
    writeFileSync(join(dir, 'dumps', 'tiny', 'Users.xml'), USERS);
    writeFileSync(join(dir, 'dumps', 'posts-only', 'Posts.xml'), POSTS);
    writeFileSync(join(dir, 'broken.xml'), '<posts><row Id="1" Body="unterminated></posts>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams every row with its attributes decoded, past the byte-order mark', async () => {
    const rows: Record<string, string>[] = [];
    for await (const row of streamRows(join(dir, 'dumps', 'tiny', 'Posts.xml'))) rows.push(row);
    expect(rows.map((r) => r.Id)).toEqual(['1', '3', '4', '5']);
    expect(rows[0].Title).toBe('What is "backprop"?');
    expect(rows[0].Body).toBe('<p>What does "backprop" mean?</p>\n');
    expect(rows[0].Tags).toBe('<neural-networks><definitions>');
  });

  it('reads a site into questions and answers, counting other post types, with its users', async () => {
    const site = await readSite(join(dir, 'dumps', 'tiny'));
    expect(site.folder).toBe('tiny');
    expect(site.posts.map((p) => [p.id, p.postTypeId])).toEqual([
      [1, 1],
      [3, 2],
      [5, 1],
    ]);
    expect(site.otherPostTypes).toBe(1);
    expect(site.posts[0]).toMatchObject({ acceptedAnswerId: 3, ownerUserId: 8, lastEditDate: '2016-08-18T13:20:02.773', parentId: null });
    expect(site.posts[1]).toMatchObject({ parentId: 1, ownerUserId: null, ownerDisplayName: 'Zoë', body: "<p>Zoë says: it's the same.</p>" });
    expect(site.users).toEqual([
      { id: -1, displayName: 'Community', creationDate: '2016-08-02T00:14:10.580' },
      { id: 8, displayName: 'Ada & Co', creationDate: '2016-08-02T15:36:45.333' },
    ]);
  });

  it('reads a dump without Users.xml as a site without users', async () => {
    const site = await readSite(join(dir, 'dumps', 'posts-only'));
    expect(site.users).toBeNull();
    expect(site.posts).toHaveLength(3);
  });

  it('fails with a one-line SeDumpError on malformed XML', async () => {
    const read = async () => {
      for await (const _row of streamRows(join(dir, 'broken.xml'))) void _row;
    };
    await expect(read()).rejects.toThrow(SeDumpError);
    await expect(read()).rejects.toThrow(/^[^\n]*broken\.xml: not a readable dump file[^\n]*$/);
  });

  it('finds one site in a folder with Posts.xml, and every site in a folder of sites', () => {
    expect(findSiteFolders([join(dir, 'dumps', 'tiny')])).toEqual([join(dir, 'dumps', 'tiny')]);
    expect(findSiteFolders([join(dir, 'dumps')])).toEqual([join(dir, 'dumps', 'posts-only'), join(dir, 'dumps', 'tiny')]);
    expect(findSiteFolders([join(dir, 'dumps'), join(dir, 'dumps', 'tiny')])).toHaveLength(2);
  });

  it('refuses a missing folder, a folder without dumps, and no folder at all', () => {
    expect(() => findSiteFolders([join(dir, 'nope')])).toThrow(/^import: no such folder: /);
    expect(() => findSiteFolders([join(dir, 'empty')])).toThrow(/has no Posts\.xml/);
    expect(() => findSiteFolders([join(dir, 'broken.xml')])).toThrow(SeDumpError);
    expect(() => findSiteFolders([])).toThrow(SeDumpError);
  });
});
