// What the article says and what the editors read into it, as a reader sees it in both languages:
// basis marks and cited clauses on links and segments, facts in words, programmes, the credit line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

/** Opens the card of `id` in `lang` ('' for Chinese). */
async function card(app, id, lang = '') {
  await app.page.goto(`${app.page.url().split('?')[0]}?sel=${id}${lang ? `&lang=${lang}` : ''}`);
  await app.ready();
  await app.card().waitFor();
  return app.card();
}

for (const [lang, words] of Object.entries({
  zh: { editors: '编者整理', inferred: '推断', facts: '文字所述', all: '全部', none: '无一家', pending: '申报中', campaign: '专项工作', policy: '政策与制度', supplied: '重庆三峡融媒体中心供稿' },
  en: { editors: "editors' reading", inferred: 'inferred', facts: 'Stated in words', all: 'all', none: 'none', pending: 'pending', campaign: 'Special campaign', policy: 'Policy', supplied: 'supplied by Chongqing Three Gorges Media Centre' },
})) {
  const q = lang === 'en' ? 'en' : '';
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`${lang}, ${size}: a chain's segments are the editors' reading, and say so with a reason`, async () => {
      const app = await App.open('', viewport);
      let c = await card(app, 'ch-salt-gas', q);
      const basis = c.locator('[data-testid=stages-basis]');
      assert.equal(await basis.locator('.badge.editors').textContent(), words.editors);
      assert.ok((await basis.locator('.reason').textContent()).length > 10, 'with a reason');
      const segments = c.locator('[data-testid=stages] li');
      assert.equal(await segments.count(), 4);
      assert.equal(await c.locator('[data-testid=stages] li .badge.inferred').count(), 8, 'each segment and Xiangyu in it inferred');
      await basis.scrollIntoViewIfNeeded();
      await app.shot(`reading-chain-salt-${lang}-${size}`);

      c = await card(app, 'ch-aluminium', q);
      await c.locator('[data-stage=白刚玉] details.source summary').click();
      assert.match(await c.locator('[data-stage=白刚玉] blockquote').textContent(), /铝及铝合金材料产业链……白刚玉生产/);
      await c.locator('[data-stage=白刚玉]').scrollIntoViewIfNeeded();
      await app.shot(`reading-chain-aluminium-${lang}-${size}`);

      await app.page.goto(`${app.page.url().split('?')[0]}?view=chain&chain=ch-salt-gas${q ? '&lang=en' : ''}`);
      await app.ready();
      const note = app.page.locator('.graph-note[data-testid=stages-basis]');
      await note.waitFor();
      assert.ok((await note.textContent()).startsWith(words.editors), 'the note says whose reading the segments are');
      await app.shot(`reading-chain-view-${lang}-${size}`);
      await app.close();
    });
  }

  test(`${lang}: stated links cite the clause naming both ends; weak inferences give their reason`, async () => {
    const app = await App.open('');
    let c = await card(app, 'prog-enablement-centre', q);
    const luyi = c.locator('.link', { has: app.page.locator('.link-name', { hasText: lang === 'en' ? 'Luyi' : '鲁意纺织' }) });
    await luyi.locator('details.source summary').click();
    assert.match(await luyi.locator('blockquote').textContent(), /绿色智造赋能中心……为金龙铜管/);
    const jinlong = c.locator('.link.inferred', { has: app.page.locator('.link-name', { hasText: lang === 'en' ? 'Jinlong' : '金龙铜管' }) });
    assert.equal(await jinlong.locator('.badge.inferred').textContent(), words.inferred);
    assert.match(await jinlong.locator('.reason').textContent(), lang === 'en' ? /Pinghu Jinlong/ : /重庆平湖金龙精密铜管有限公司/);
    assert.match(await c.locator('.summary').textContent(), lang === 'en' ? /as its benchmark/ : /以绿色低碳智能化样板工厂为标杆/);
    await app.shot(`reading-centre-${lang}`);

    c = await card(app, 'ent-agri-group', q);
    assert.match(await c.locator('.link.inferred .reason').first().textContent(), lang === 'en' ? /name alone/ : /仅据名称/);
    c = await card(app, 'ent-jiangdong', q);
    assert.match(await c.locator('.link.inferred .reason').first().textContent(), lang === 'en' ? /name alone/ : /仅据名称/);
    await app.close();
  });

  test(`${lang}: the district card shows the facts written in words; editors' periods are marked`, async () => {
    const app = await App.open('');
    const c = await card(app, 'wanzhou', q);
    const facts = c.locator('.card-section', { hasText: words.facts });
    assert.equal(await facts.locator('li.fact').count(), 3);
    assert.equal(await facts.locator('[data-fact=f-coal-mines-closed] .badge').textContent(), words.all);
    assert.equal(await facts.locator('[data-fact=f-ditiao-steel] .badge').textContent(), words.none);
    assert.equal(await facts.locator('[data-fact=f-green-park] .badge').textContent(), words.pending);
    const cnc = c.locator('[data-metric=m-district-cnc-rate] .fig-period');
    assert.equal(await cnc.locator('.badge.editors').textContent(), words.editors, 'a period worked out by the editors');
    assert.equal(await c.locator('[data-metric=m-district-kilns-closed] .fig-period .badge').count(), 0, 'a period in the article\'s words');
    await facts.scrollIntoViewIfNeeded();
    await app.shot(`reading-district-${lang}`);
    await app.close();
  });

  test(`${lang}: programmes, campaigns and policies from the article, and the credit line`, async () => {
    const app = await App.open('');
    let c = await card(app, 'prog-campaign-steel', q);
    assert.equal(await c.locator('.card-head .kind').textContent(), words.campaign);
    await c.locator('[data-testid=programme-source] summary').click();
    assert.match(await c.locator('[data-testid=programme-source] blockquote').textContent(), /打击违法违规生产“地条钢”/);
    await app.shot(`reading-campaign-${lang}`);
    c = await card(app, 'prog-banned-list', q);
    assert.equal(await c.locator('.card-head .kind').textContent(), words.policy);
    assert.match(await c.locator('.summary').textContent(), /1/);
    await app.shot(`reading-policy-${lang}`);
    c = await card(app, 'ent-schneider', q);
    if (lang === 'en') assert.match(await c.locator('.alt-name, h2').allTextContents().then((t) => t.join(' ')), /Electrical Co/);
    const line = await app.page.locator('.source-line').textContent();
    assert.ok(line.includes(words.supplied), line);
    assert.ok(!/publisher|出版|专版/.test(line), line);
    c = await card(app, 'proj-coal-gasification', q);
    if (lang === 'en') {
      assert.doesNotMatch(await c.textContent(), /beating|×10⁸/);
      assert.match(await c.textContent(), /1\.54 billion yuan/);
    }
    await app.close();
  });
}
