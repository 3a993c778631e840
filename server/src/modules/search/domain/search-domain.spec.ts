import { readScopeOf } from '../../forums/domain/read-scope';
import type { Viewer } from '../../accounts/domain/viewer';
import { synonymGroups, validateAdminSettings } from './admin-settings';
import { synonymMap } from './index-settings';
import { buildThreadDocument, clip, DOCUMENT_TEXT_CAPS } from './search-document';
import { decodeSearchCursor, encodeSearchCursor, MAX_SEARCH_OFFSET } from './search-cursor';
import { buildSearchFilter, filterLiteral } from './search-filter';
import { normalizeQuery } from './search-query';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, highlightedHtml, pickSnippet } from './snippets';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({ userId: 'u', sessionId: 's', roles: ['MEMBER'], organizationId: null, groupIds: [], ...over });
const G1 = '11111111-1111-4111-8111-111111111111';

describe('search filter', () => {
  it('always starts with the scope: public plus the viewer’s groups; staff have no visibility clause', () => {
    expect(buildSearchFilter(readScopeOf(viewer({ userId: null, sessionId: null, roles: [] })), null)).toEqual(['visibility IN ["public"]']);
    expect(buildSearchFilter(readScopeOf(viewer({ groupIds: [G1] })), null)).toEqual([`visibility IN ["public", "group:${G1}"]`]);
    expect(buildSearchFilter(readScopeOf(viewer({ roles: ['MEMBER', 'STAFF'] })), null)).toEqual([]);
  });

  it('quotes values so quotes, brackets and keywords stay inside them', () => {
    const evil = 'x" OR visibility = "group:' + G1 + '" OR tags = "y';
    const parts = buildSearchFilter(readScopeOf(viewer()), { tags: [evil], forumId: 'a\\" OR 1 = 1' });
    expect(parts[0]).toBe('visibility IN ["public"]');
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe('forumId = "a\\\\\\" OR 1 = 1"');
    expect(parts[2]).toBe(`tags = ${filterLiteral(evil)}`);
    expect(filterLiteral('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('adds solved and staff-answer clauses only when asked', () => {
    expect(buildSearchFilter(readScopeOf(viewer({ roles: ['STAFF'] })), { solved: false, hasStaffAnswer: true })).toEqual([
      'solved = false',
      'hasStaffAnswer = true',
    ]);
  });
});

describe('snippets', () => {
  it('escapes everything and turns only the markers into <mark>', () => {
    expect(highlightedHtml(`<img src=x onerror=alert(1)> ${HIGHLIGHT_PRE}403${HIGHLIGHT_POST} & "q"`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>403</mark> &amp; &quot;q&quot;',
    );
  });
  it('closes an unclosed mark and ignores a stray end marker', () => {
    expect(highlightedHtml(`a${HIGHLIGHT_POST}b${HIGHLIGHT_PRE}c`)).toBe('ab<mark>c</mark>');
  });
  it('takes the snippet from the first text with a match: accepted answer, opening post, replies', () => {
    expect(pickSnippet({ accepted: 'no', opening: `x ${HIGHLIGHT_PRE}y${HIGHLIGHT_POST}`, replies: `${HIGHLIGHT_PRE}z${HIGHLIGHT_POST}` }).source).toBe(
      'opening',
    );
    expect(pickSnippet({ accepted: '', opening: 'plain', replies: '' })).toEqual({ source: 'opening', text: 'plain' });
  });
});

describe('search cursor', () => {
  it('round-trips offsets and refuses what is not ours', () => {
    expect(decodeSearchCursor(encodeSearchCursor(40))).toBe(40);
    expect(decodeSearchCursor(encodeSearchCursor(MAX_SEARCH_OFFSET + 1))).toBeNull();
    expect(decodeSearchCursor(Buffer.from('s:-1').toString('base64url'))).toBeNull();
    expect(decodeSearchCursor(Buffer.from('[1]').toString('base64url'))).toBeNull();
    expect(decodeSearchCursor('not a cursor!')).toBeNull();
  });
});

describe('queries', () => {
  it('folds whitespace and invisible characters, and clips by code points', () => {
    expect(normalizeQuery('  a\u200b\tb \u0000 c  ')).toBe('a b c');
    expect(normalizeQuery('😀'.repeat(300))).toBe('😀'.repeat(200));
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(200);
  });
});

describe('admin settings', () => {
  it('keeps synonym groups as entered, lower-cased and deduplicated, and derives the two-way map from them', () => {
    const settings = validateAdminSettings({
      synonyms: [
        { word: 'SSO', synonyms: ['Single  sign-on', 'saml'] },
        { word: 'saml', synonyms: ['sso', 'single sign-on'] },
        { word: 'sso', synonyms: ['okta'] },
      ],
      stopWords: ['The', 'the'],
    });
    expect(settings).toEqual({
      synonymGroups: [
        ['sso', 'single sign-on', 'saml'],
        ['sso', 'okta'],
      ],
      stopWords: ['the'],
    });
    // Saving the screen again changes nothing: "okta" never joins "saml".
    expect(validateAdminSettings({ synonyms: synonymGroups(settings.synonymGroups), stopWords: settings.stopWords })).toEqual(settings);
    expect(synonymMap(settings.synonymGroups)).toEqual({
      okta: ['sso'],
      saml: ['single sign-on', 'sso'],
      'single sign-on': ['saml', 'sso'],
      sso: ['okta', 'saml', 'single sign-on'],
    });
  });
  it('refuses an empty word or a group without a synonym, naming the field', () => {
    expect(() => validateAdminSettings({ synonyms: [{ word: ' ', synonyms: ['x'] }], stopWords: [] })).toThrow(expect.objectContaining({ field: 'synonyms' }));
    expect(() => validateAdminSettings({ synonyms: [{ word: 'a', synonyms: ['A'] }], stopWords: [] })).toThrow(expect.objectContaining({ field: 'synonyms' }));
    expect(() => validateAdminSettings({ synonyms: [], stopWords: ['\u0001'] })).toThrow(expect.objectContaining({ field: 'stopWords' }));
  });
});

describe('documents', () => {
  const facts = {
    id: 't1',
    title: 'Title\u0002 here',
    tags: ['a'],
    forumId: 'f',
    forumName: 'F',
    productArea: null,
    groupId: G1,
    solved: true,
    hasStaffAnswer: false,
    replyCount: 2,
    createdAt: new Date(1000),
    lastActivityAt: new Date(2000),
    openingText: 'Opening   text',
    acceptedText: null,
    newestRepliesText: ['one', 'x'.repeat(DOCUMENT_TEXT_CAPS.replies), 'never read'],
    helpfulRepliesText: ['helpful one'],
  };
  it('carries the visibility of the forum’s group, folded text without control characters, clipped replies', () => {
    const doc = buildThreadDocument(facts);
    expect(doc).toMatchObject({ title: 'Title here', opening: 'Opening text', accepted: '', visibility: `group:${G1}`, createdAt: 1000, lastActivityAt: 2000 });
    expect(doc.replies.length).toBeLessThanOrEqual(DOCUMENT_TEXT_CAPS.replies + 1);
    expect(doc.replies).not.toContain('never read');
    expect(doc.replies.startsWith('one\n')).toBe(true);
    // The newest replies take half the budget at most: the most helpful older ones keep the rest.
    expect(doc.replies.endsWith('\nhelpful one')).toBe(true);
    expect(buildThreadDocument({ ...facts, groupId: null }).visibility).toBe('public');
  });
  it('clips at a word boundary', () => {
    expect(clip('alpha beta gamma', 12)).toBe('alpha beta');
  });
});
