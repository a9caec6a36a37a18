import { expect } from '@open-wc/testing';
import { slugify, toPlainText, uniqueIds } from '../../../src/model/formats/plain-text.js';

describe('toPlainText', () => {
  it('removes tags and keeps the words', () => {
    expect(toPlainText('<p>A <b>courtesy</b> meeting</p>')).to.equal('A courtesy meeting');
  });

  it('joins the parts of a word split by inline tags', () => {
    expect(toPlainText('<b>Pots</b>dam')).to.equal('Potsdam');
  });

  it('separates words at line breaks, paragraphs and list items', () => {
    expect(toPlainText('Yalta<br>Potsdam</p><p>Moscow<li>Chungking')).to.equal('Yalta Potsdam Moscow Chungking');
  });

  it('drops the content of scripts and styles, not only their tags', () => {
    expect(toPlainText('<script>alert(1)</script>Soong<style>p { color: red }</style> arrives')).to.equal('Soong arrives');
  });

  it('drops everything after a script that is never closed', () => {
    expect(toPlainText('Soong<script>alert(1) and more')).to.equal('Soong');
  });

  it('treats a self-closed script as open, as browsers do', () => {
    expect(toPlainText('Stalin<script/>alert(1)</script> agrees')).to.equal('Stalin agrees');
  });

  it('drops an image with an onerror handler', () => {
    expect(toPlainText('<img src=x onerror=alert(1)>Open Door')).to.equal('Open Door');
  });

  it('does not end a tag at a ">" inside a quoted attribute', () => {
    expect(toPlainText('<img src="data:image/svg+xml,<svg onload=alert(1)>" onerror=\'a>b\'>Stalin')).to.equal('Stalin');
  });

  it('drops a tag that is never closed', () => {
    expect(toPlainText('Stalin<img src=x onerror=alert(1)')).to.equal('Stalin');
  });

  it('drops comments, with any markup inside them', () => {
    expect(toPlainText('Soong <!-- <script>alert(1)</script> --> Stalin')).to.equal('Soong Stalin');
  });

  it('keeps a "<" that starts no tag', () => {
    expect(toPlainText('1 < 2 and 3 <= 4')).to.equal('1 < 2 and 3 <= 4');
  });

  it('decodes the common named entities', () => {
    expect(toPlainText('Soong&#39;s &amp; Stalin&rsquo;s &quot;talks&quot; &lt;1945&gt;')).to.equal(
      'Soong\'s & Stalin’s "talks" <1945>',
    );
  });

  it('reads &nbsp; as a space', () => {
    expect(toPlainText('August&nbsp;14')).to.equal('August 14');
  });

  it('decodes decimal and hexadecimal numeric entities', () => {
    expect(toPlainText('Soong&#8211;Stalin &#x2014; &#X41;')).to.equal('Soong–Stalin — A');
  });

  it('decodes once, so an escaped entity stays as its author wrote it', () => {
    expect(toPlainText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('shows escaped markup as the characters it stands for, which are text and never tags', () => {
    expect(toPlainText('&lt;script&gt;')).to.equal('<script>');
  });

  it('leaves unknown entities as written', () => {
    expect(toPlainText('&copy2; &unknown; AT&T')).to.equal('&copy2; &unknown; AT&T');
  });

  it('replaces NUL, surrogates and code points past Unicode with the replacement character', () => {
    expect(toPlainText('&#0;&#xD800;&#1114112;')).to.equal('\uFFFD\uFFFD\uFFFD');
  });

  it('collapses white space and drops control characters', () => {
    expect(toPlainText('  Yalta\n\t agreement &#7; \u0000 ')).to.equal('Yalta agreement');
  });
});

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('Soong–Stalin meeting, June 30')).to.equal('soong-stalin-meeting-june-30');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(slugify('Harriman’s navy cable')).to.equal('harrimans-navy-cable');
  });

  it('drops accents', () => {
    expect(slugify('Tōkyō Bay')).to.equal('tokyo-bay');
  });

  it('trims hyphens at both ends', () => {
    expect(slugify('  --Yalta!!-- ')).to.equal('yalta');
  });

  it('gives nothing for text without Latin letters or digits', () => {
    expect(slugify('宋子文')).to.equal('');
  });

  it('keeps ids short and never ends them with a hyphen', () => {
    const id = slugify('Sino-Soviet Treaty of Friendship and Alliance signed at the Kremlin in Moscow');
    expect(id).to.equal('sino-soviet-treaty-of-friendship-and-alliance-signed-at-the');
  });
});

describe('uniqueIds', () => {
  it('adds -2, -3 to ids already given out', () => {
    const nextId = uniqueIds();
    expect(['Soong–Stalin meeting', 'Soong-Stalin Meeting', 'soong stalin meeting'].map((text) => nextId(text, 'x'))).to.deep.equal([
      'soong-stalin-meeting',
      'soong-stalin-meeting-2',
      'soong-stalin-meeting-3',
    ]);
  });

  it('uses the fallback when the text gives no id, and keeps it unique too', () => {
    const nextId = uniqueIds();
    expect([nextId('宋子文', 'event-1'), nextId('Event 1', 'event-2')]).to.deep.equal(['event-1', 'event-1-2']);
  });
});
