import { renderBody, subjectLine } from './mail-message';

describe('mail messages', () => {
  it('escape everything in the HTML part but the sanitized post HTML, and keep a plain-text part', () => {
    const { text, html } = renderBody({
      paragraphs: ['<b>Ann</b> mentioned you'],
      quote: { html: '<p>Hello <em>there</em></p>', text: 'Hello there' },
      action: { label: 'Open', url: 'https://x.test/t/1?a=1&b=2' },
      unsubscribeUrl: 'https://x.test/unsubscribe?token=a.b',
    });
    expect(html).toContain('&lt;b&gt;Ann&lt;/b&gt; mentioned you');
    expect(html).toContain('<p>Hello <em>there</em></p>');
    expect(html).toContain('href="https://x.test/t/1?a=1&amp;b=2"');
    expect(text).toBe(
      '<b>Ann</b> mentioned you\n\n> Hello there\n\nOpen: https://x.test/t/1?a=1&b=2\n\n-- \nUnsubscribe: https://x.test/unsubscribe?token=a.b\n',
    );
  });

  it('keep subjects on one line', () => {
    expect(subjectLine('Re: a\r\nBcc: evil@x.test')).toBe('Re: a Bcc: evil@x.test');
  });
});
