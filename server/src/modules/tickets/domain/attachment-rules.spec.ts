import { TextProbe, attachmentTypeOf, countProblem, nameForType, sanitizeFilename, servedContentType, sizeProblem } from './attachment-rules';

const probe = (...chunks: Array<Uint8Array | string>) => {
  const p = new TextProbe();
  for (const c of chunks) p.feed(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  return p.finish();
};

describe('attachment rules', () => {
  describe('the type, from the content', () => {
    it('keeps the sniffed type of screenshots, PDFs and archives', () => {
      expect(attachmentTypeOf({ detected: { mime: 'image/png', ext: 'png' }, text: false })).toEqual({ type: 'image/png' });
      expect(attachmentTypeOf({ detected: { mime: 'application/pdf', ext: 'pdf' }, text: false })).toEqual({ type: 'application/pdf' });
      expect(attachmentTypeOf({ detected: { mime: 'application/gzip', ext: 'gz' }, text: false })).toEqual({ type: 'application/gzip' });
    });

    it('refuses programs, whatever they are called, and names what was found', () => {
      expect(attachmentTypeOf({ detected: { mime: 'application/x-elf', ext: 'elf' }, text: false })).toEqual({
        problem:
          'This file cannot be attached (its content is a program): attach screenshots (PNG, JPEG, GIF, WebP), PDFs, ZIP or gzip archives, or plain-text logs',
      });
      expect(attachmentTypeOf({ detected: { mime: 'application/x-msdownload', ext: 'exe' }, text: false })).toHaveProperty('problem');
      expect(attachmentTypeOf({ detected: { mime: 'image/svg+xml', ext: 'svg' }, text: true })).toEqual({
        problem: expect.stringContaining('its content is a .svg file'),
      });
    });

    it('takes unrecognised content as a log only when it is text', () => {
      expect(attachmentTypeOf({ detected: null, text: true })).toEqual({ type: 'text/plain' });
      expect(attachmentTypeOf({ detected: null, text: false })).toEqual({
        problem: expect.stringContaining('neither a known file type nor UTF-8 text'),
      });
    });

    it('serves text as UTF-8 and the rest as sniffed', () => {
      expect(servedContentType('text/plain')).toBe('text/plain; charset=utf-8');
      expect(servedContentType('image/webp')).toBe('image/webp');
    });
  });

  describe('text detection over a stream', () => {
    it('accepts UTF-8 text, also with a character split between chunks', () => {
      const euro = Buffer.from('price: 5 €', 'utf8');
      expect(probe('2026-11-30 ERROR routing failed\n', 'next line')).toBe(true);
      expect(probe(euro.subarray(0, euro.length - 1), euro.subarray(euro.length - 1))).toBe(true);
      expect(probe('')).toBe(true);
    });

    it('refuses NUL bytes, invalid UTF-8 and a cut-off last character', () => {
      expect(probe('abc\u0000def')).toBe(false);
      expect(probe(Uint8Array.from([0x41, 0xff, 0x42]))).toBe(false);
      expect(probe(Buffer.from('€', 'utf8').subarray(0, 2))).toBe(false);
      expect(probe('fine so far', Uint8Array.from([0xc3, 0x28]))).toBe(false);
    });
  });

  describe('file names', () => {
    it('keeps only the last part of a path, from either kind of slash', () => {
      expect(sanitizeFilename('../../x.png')).toBe('x.png');
      expect(sanitizeFilename('..\\..\\windows\\system32\\x.png')).toBe('x.png');
      expect(sanitizeFilename('/etc/passwd')).toBe('passwd');
    });

    it('removes invisible and bidirectional characters, and replaces what file systems refuse', () => {
      expect(sanitizeFilename('invoice\u202Egpj.exe')).toBe('invoicegpj.exe');
      expect(sanitizeFilename('a\u0000b\u0007c\u200b.txt')).toBe('abc.txt');
      expect(sanitizeFilename('what?<is>this*"|:.log')).toBe('what__is_this____.log');
      expect(sanitizeFilename('  many   spaces\tand\ttabs .txt ')).toBe('many spaces and tabs .txt');
    });

    it('drops leading dots and trailing dots and spaces, and guards device names', () => {
      expect(sanitizeFilename('.htaccess')).toBe('htaccess');
      expect(sanitizeFilename('report.pdf. . ')).toBe('report.pdf');
      expect(sanitizeFilename('CON.txt')).toBe('_CON.txt');
      expect(sanitizeFilename('lpt1')).toBe('_lpt1');
      expect(sanitizeFilename('console.log')).toBe('console.log');
    });

    it('falls back to "attachment" when nothing is left', () => {
      expect(sanitizeFilename('')).toBe('attachment');
      expect(sanitizeFilename(undefined)).toBe('attachment');
      expect(sanitizeFilename('../..')).toBe('attachment');
      expect(sanitizeFilename('\u202e\u200b')).toBe('attachment');
    });

    it('keeps at most 200 characters, counting emoji as one, and keeps the extension', () => {
      const long = `${'a'.repeat(300)}.png`;
      expect(sanitizeFilename(long)).toBe(`${'a'.repeat(196)}.png`);
      const emoji = `${'😀'.repeat(250)}.log`;
      expect([...sanitizeFilename(emoji)]).toHaveLength(200);
      expect(sanitizeFilename(emoji).endsWith('😀.log')).toBe(true);
      expect(sanitizeFilename('b'.repeat(250))).toBe('b'.repeat(200));
      expect(sanitizeFilename('cafe\u0301.txt')).toBe('caf\u00e9.txt');
    });

    it('gives a name the extension of its real type', () => {
      expect(nameForType('screenshot.PNG', 'image/png')).toBe('screenshot.PNG');
      expect(nameForType('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
      expect(nameForType('server.log', 'text/plain')).toBe('server.log');
      expect(nameForType('evil.png', 'text/plain')).toBe('evil.png.txt');
      expect(nameForType('page.html', 'text/plain')).toBe('page.html.txt');
      expect(nameForType('syslog', 'text/plain')).toBe('syslog.txt');
      expect(nameForType('scan.png', 'application/pdf')).toBe('scan.png.pdf');
      expect(nameForType('x'.repeat(200), 'application/zip')).toBe(`${'x'.repeat(196)}.zip`);
    });
  });

  describe('limits', () => {
    it('refuses empty and oversized files with the limit in words', () => {
      expect(sizeProblem(0, 1024)).toBe('The file is empty');
      expect(sizeProblem(1024, 1024)).toBeNull();
      expect(sizeProblem(10 * 1024 * 1024 + 1, 10 * 1024 * 1024)).toBe('The file is too large: attachments can be up to 10 MB');
    });

    it('holds ten attachments per ticket', () => {
      expect(countProblem(9)).toBeNull();
      expect(countProblem(10)).toBe('A ticket holds at most 10 attachments');
    });
  });
});
