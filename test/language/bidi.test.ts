import fc from 'fast-check';
import { isolateCardText, isolateLtr, startsRightToLeft, stripIsolates } from '../../src/language/bidi';

/** ⟨…⟩ for LRI…PDI, so the expectations below read like what a reader sees (word joiners are invisible; tested on their own). */
const shown = (text: string) => text.replace(/\u2066/g, '⟨').replace(/\u2069/g, '⟩').replace(/\u2060/g, '');
const iso = (text: string) => shown(isolateLtr(text));

describe('isolateLtr: numbers, addresses and Latin names in right-to-left text read left to right', () => {
  it.each([
    ['+47 23 95 00 00', '⟨+47 23 95 00 00⟩'],
    ['116 111', '⟨116 111⟩'],
    ['815 55 201', '⟨815 55 201⟩'],
    ['2023', '⟨2023⟩'],
    ['12–14', '⟨12–14⟩'],
    ['kr 2 200 000', '⟨kr 2 200 000⟩'],
    ['08:00–15:30', '⟨08:00–15:30⟩'],
  ])('a number is one run: %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('a range of numbers cannot break after its dash, so a wrapped right-to-left line never shows "–09" over "15"', () => {
    expect(isolateLtr('(أيام العمل 09–15)')).toBe('(أيام العمل \u206609\u2060–\u206015\u2069)');
    expect(isolateLtr('2008-2011')).toBe('\u20662008\u2060-\u20602011\u2069');
    expect(isolateLtr('09 – 15')).toBe('\u206609 – 15\u2069'); // spaced: left as written
    expect(stripIsolates(isolateLtr('(أيام العمل 09–15)'))).toBe('(أيام العمل 09–15)');
  });

  it('a phone number inside an Arabic call button: "اتصل بـ 116 111"', () => {
    expect(iso('اتصل بـ 116 111')).toBe('اتصل بـ ⟨116 111⟩');
    expect(iso('اتصل بالرقم +47 23 95 00 00، على مدار الساعة.')).toBe('اتصل بالرقم ⟨+47 23 95 00 00⟩، على مدار الساعة.');
  });

  it('a Latin name with its number is one run, the Arabic around it is not touched', () => {
    expect(iso('اتصل بـ Alarmtelefonen for barn og unge 116 111 الآن')).toBe('اتصل بـ ⟨Alarmtelefonen for barn og unge 116 111⟩ الآن');
    expect(iso('يرشد Kompetanseteamet الخدمات')).toBe('يرشد ⟨Kompetanseteamet⟩ الخدمات');
    expect(iso('والمبعوثون الخاصون (spesialutsendinger)، وKompetanseteamet،')).toBe('والمبعوثون الخاصون (⟨spesialutsendinger⟩)، و⟨Kompetanseteamet⟩،');
  });

  it('e-mails and web addresses are whole runs; sentence punctuation after them stays outside', () => {
    expect(iso('راسل post@kompetanseteamet.no.')).toBe('راسل ⟨post@kompetanseteamet.no⟩.');
    expect(iso('موجودان على imdi.no؛ ويمكن')).toBe('موجودان على ⟨imdi.no⟩؛ ويمكن');
    expect(iso('افتح ung.no')).toBe('افتح ⟨ung.no⟩');
    expect(iso('انظر https://www.bufdir.no/vold/tvangsekteskap/?a=1&b=2. ثم')).toBe('انظر ⟨https://www.bufdir.no/vold/tvangsekteskap/?a=1&b=2⟩. ثم');
  });

  it('brackets do not join: they mirror with the sentence around them', () => {
    expect(iso('Alarmtelefonen (116 111)')).toBe('⟨Alarmtelefonen⟩ (⟨116 111⟩)');
  });

  it('a plus ending a name stays with it; between words it joins them', () => {
    expect(iso('مجتمع الميم (LGBTQ+)')).toBe('مجتمع الميم (⟨LGBTQ+⟩)');
    expect(iso('a+b و1+2')).toBe('⟨a+b⟩ و⟨1+2⟩');
  });

  it('a mixed Arabic sentence with a phone number and a name', () => {
    const text = 'إذا كان الشخص في الخارج: اتصل بمركز العمليات في وزارة الخارجية (UDs operative senter) على الرقم +47 23 95 00 00، على مدار الساعة.';
    expect(iso(text)).toBe('إذا كان الشخص في الخارج: اتصل بمركز العمليات في وزارة الخارجية (⟨UDs operative senter⟩) على الرقم ⟨+47 23 95 00 00⟩، على مدار الساعة.');
  });

  it('Dari and Urdu, and Persian digits', () => {
    expect(iso('به 112 زنگ بزنید')).toBe('به ⟨112⟩ زنگ بزنید');
    expect(iso('116 111 پر کال کریں')).toBe('⟨116 111⟩ پر کال کریں');
    expect(iso('شماره ۱۱۶ ۱۱۱')).toBe('شماره ⟨۱۱۶ ۱۱۱⟩');
  });

  it('a string with no right-to-left letters is isolated too: in a right-to-left container it would be laid out right to left', () => {
    // The emergency table's fact titles are bare numbers; an Arabic card shows them in a right-to-left container.
    expect(iso('112')).toBe('⟨112⟩');
    expect(iso('Norsk bokmål')).toBe('⟨Norsk bokmål⟩');
  });

  it('leaves text without anything left to right as it is', () => {
    expect(isolateLtr('')).toBe('');
    expect(isolateLtr('هل أحد في خطر الآن؟')).toBe('هل أحد في خطر الآن؟');
    expect(isolateLtr('*** - ، .')).toBe('*** - ، .');
  });

  it('the Arabic tatweel and harakat are not Latin', () => {
    expect(iso('بـ2023؟')).toBe('بـ⟨2023⟩؟');
    expect(iso('مَرْحَبًا')).toBe('مَرْحَبًا');
  });

  it('keeps Markdown working: bold markers outside the run, list numbers at line starts untouched', () => {
    expect(iso('اتصل بالرقم **112** (الشرطة)')).toBe('اتصل بالرقم **⟨112⟩** (الشرطة)');
    expect(iso('**لماذا:** Kompetanseteamet')).toBe('**لماذا:** ⟨Kompetanseteamet⟩');
    expect(iso('1. Kompetanseteamet أولًا\r2. ثم 12–14 سنة\n 10) نص')).toBe('1. ⟨Kompetanseteamet⟩ أولًا\r2. ثم ⟨12–14⟩ سنة\n 10) نص');
    expect(iso('- ung.no\r- نص')).toBe('- ⟨ung.no⟩\r- نص');
    // A number that starts a line but is no list number is text.
    expect(iso('2023: نص\r12.5 نص')).toBe('⟨2023⟩: نص\r⟨12.5⟩ نص');
  });

  it('never touches a Markdown link target; the label is text', () => {
    expect(iso('اقرأ [ung.no](https://www.ung.no/tema) الآن')).toBe('اقرأ [⟨ung.no⟩](https://www.ung.no/tema) الآن');
    expect(iso('[دليل Bufdir 2023](https://bufdir.no/a_b?x=1)')).toBe('[دليل ⟨Bufdir 2023⟩](https://bufdir.no/a_b?x=1)');
  });

  it('is idempotent: what is isolated already is not wrapped again', () => {
    const once = isolateLtr('اتصل بـ 116 111 أو +47 23 95 00 00 – Kompetanseteamet، post@x.no، [ung.no](https://ung.no)');
    expect(isolateLtr(once)).toBe(once);
    expect(iso('\u2066116 111\u2069 نص')).toBe('⟨116 111⟩ نص');
    // An isolate someone else opened (right to left, or first-strong) is theirs, to its end.
    expect(isolateLtr('\u2067abc 12\u2069 x')).toBe('\u2067abc 12\u2069 \u2066x\u2069');
    expect(isolateLtr('\u2068abc 12')).toBe('\u2068abc 12');
  });

  it('never crosses a line break: an isolate ends with its paragraph', () => {
    expect(iso('abc\ndef')).toBe('⟨abc⟩\n⟨def⟩');
    expect(iso('112\r113')).toBe('⟨112⟩\r⟨113⟩');
  });
});

describe('isolateLtr: figures in Arabic, Persian and Urdu sentences are one left-to-right run each', () => {
  // The no-break spaces are kept as written: "1\u00a0204" is what formatNumber gives ar, fa and ur.
  it.each([
    ['a figure grouped with a no-break space (ar)', 'ارتفع العدد من 1\u00a0204 إلى 2\u00a0358 حالة', 'ارتفع العدد من ⟨1\u00a0204⟩ إلى ⟨2\u00a0358⟩ حالة'],
    ['a figure grouped with a narrow no-break space (fa)', 'مجموع 12\u202f500 پرونده ثبت شد', 'مجموع ⟨12\u202f500⟩ پرونده ثبت شد'],
    ['a figure grouped with a thin space (ur)', 'کل 3\u2009400 کیس درج ہوئے', 'کل ⟨3\u2009400⟩ کیس درج ہوئے'],
    ['Persian digits with the Arabic thousands separator', 'تعداد ۱۲٬۵۰۰ پرونده', 'تعداد ⟨۱۲٬۵۰۰⟩ پرونده'],
    ['Arabic-Indic digits with the Arabic decimal separator', 'نحو ٢٫٥ مليون كرونة', 'نحو ⟨٢٫٥⟩ مليون كرونة'],
    ['a span of years inside a sentence (ar)', 'الأرقام متاحة للفترة 2017–2019 فقط', 'الأرقام متاحة للفترة ⟨2017–2019⟩ فقط'],
    ['a span of grouped figures (ur)', 'ذرائع کے مطابق 1\u00a0240–1\u00a0260 کیس', 'ذرائع کے مطابق ⟨1\u00a0240–1\u00a0260⟩ کیس'],
    ['two sources\u2019 figures, the second in brackets (fa)', 'منابع 1\u00a0204 (1\u00a0198) می‌گویند', 'منابع ⟨1\u00a0204⟩ (⟨1\u00a0198⟩) می‌گویند'],
    ['a rise with its sign (ar)', 'زيادة 45 حالة (+4٪).', 'زيادة ⟨45⟩ حالة (⟨+4⟩٪).'],
    ['a fall with a minus sign (ar)', 'انخفاض حالتين (−0.4٪).', 'انخفاض حالتين (⟨−0.4⟩٪).'],
    ['a fall with a hyphen-minus and no change with ± (fa)', 'تغییر: -7 و ±0', 'تغییر: ⟨-7⟩ و ⟨±0⟩'],
    ['a date in digits (ur)', 'آخری بار 05.11.2026 کو دیکھا گیا', 'آخری بار ⟨05.11.2026⟩ کو دیکھا گیا'],
    ['a time span (fa)', 'ساعت کاری 08:30–15:00', 'ساعت کاری ⟨08:30–15:00⟩'],
    ['a phone number (ur)', 'فون 22 24 70 00 پر', 'فون ⟨22 24 70 00⟩ پر'],
  ])('%s', (_what, text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('a hyphen right after a word stays with the word, not with the number', () => {
    expect(iso('جائحة كوفيد-19')).toBe('جائحة كوفيد-⟨19⟩');
    expect(iso('Post-2')).toBe('⟨Post-2⟩');
  });

  it('items of a list keep the list\u2019s own comma between their runs, so they are read right to left', () => {
    expect(iso('في 2016، 2018 و2021')).toBe('في ⟨2016⟩، ⟨2018⟩ و⟨2021⟩');
  });
});

describe('isolateLtr, for any text', () => {
  // What cards are made of: Arabic and Latin letters, digits, the joiners, Markdown and line breaks.
  const piece = fc.constantFrom(
    'ا', 'ل', 'ـ', 'ً', '،', '؟', 'پ', 'a', 'Z', 'æ', 'é', '0', '7', '۱', ' ', '\u00a0', '-', '–', '+', '.', ',', ':', '/', '@', "'",
    '?', '=', '%', '(', ')', '[', ']', '*', '#', '\r', '\n', '1. ', 'https://', 'www.', 'ung.no', '](', '\u2067', '\u2068', '\u2212', '±', '٬', '٫', '\u202f',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  // Inside an isolate a number range ("7-0", "09–15") is also bound with word joiners (U+2060), so the second check
  // takes away LRI, PDI and the word joiner: isolateLtr adds nothing else (no RLI or FSI, no other character).
  it('only adds isolates: removing them gives back the text', () => {
    fc.assert(fc.property(text, (t) => stripIsolates(isolateLtr(t)) === stripIsolates(t) && isolateLtr(t).replace(/[\u2066\u2069\u2060]/g, '') === t.replace(/[\u2066\u2069\u2060]/g, '')));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => stripIsolates(isolateLtr(t)) === stripIsolates(t)));
  });

  it('gives back exactly the text when it had no isolates of its own', () => {
    const plain = text.map(stripIsolates);
    fc.assert(fc.property(plain, (t) => stripIsolates(isolateLtr(t)) === t));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => isolateLtr(isolateLtr(t)) === isolateLtr(t)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => isolateLtr(isolateLtr(t)) === isolateLtr(t)));
  });

  it('leaves no digit or Latin letter outside an isolate, except list numbers at line starts and link targets', () => {
    const plain = text.map(stripIsolates);
    fc.assert(
      fc.property(plain, (t) => {
        const outside = isolateLtr(t)
          .replace(/\u2066[^\u2066-\u2069]*\u2069/g, '')
          .replace(/\]\([^)\s]*\)/g, '](')
          .replace(/^[ \t]*\d{1,9}[.)](?=[ \t])/gm, '');
        return !/[0-9a-zA-Zæé۱]/.test(outside);
      }),
    );
  });
});

describe('isolateLtr remembers the strings it isolated (a right-to-left card is built anew each turn from the same content)', () => {
  it('a string read again, from memory or after the memory let it go, is isolated as the first time', () => {
    const texts = ['اتصل بـ 116 111', 'راسل post@kompetanseteamet.no.', 'اقرأ [Bufdir](https://bufdir.no) الآن', '1. اتصل بـ 112\r2. (أيام العمل 09–15)'];
    const first = texts.map(isolateLtr);
    expect(first.map(shown)).toEqual(['اتصل بـ ⟨116 111⟩', 'راسل ⟨post@kompetanseteamet.no⟩.', 'اقرأ [⟨Bufdir⟩](https://bufdir.no) الآن', '1. اتصل بـ ⟨112⟩\r2. (أيام العمل ⟨09–15⟩)']);
    expect(texts.map(isolateLtr)).toEqual(first);
    // More distinct strings than the memory keeps: the first ones have gone and are read again.
    for (let i = 0; i < 6_000; i++) expect(isolateLtr(`رقم ${i}`)).toBe(`رقم \u2066${i}\u2069`);
    expect(texts.map(isolateLtr)).toEqual(first);
  });

  it('gives a string the same isolates however often it is asked, whatever came between', () => {
    const piece = fc.constantFrom('ا', 'ل', '،', 'a', 'Z', '0', '7', ' ', '-', '–', '+', '.', '@', '(', ')', '[', ']', '\r', '1. ', 'https://', '\u2067');
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        const first = texts.map(isolateLtr);
        return texts.map(isolateLtr).every((again, i) => again === first[i]) && [...texts].reverse().map(isolateLtr).reverse().every((again, i) => again === first[i]);
      }),
    );
  });
});

describe('startsRightToLeft', () => {
  it.each([
    ['مرحبًا', true],
    ['112 اتصل', true],
    ['\u2066Veiviser\u2069 مرحبًا', true],
    ['Veiviser مرحبًا', false],
    ['Hei', false],
    ['112', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(startsRightToLeft(text)).toBe(expected);
  });
});

describe('isolateCardText: what a reader sees, never what the bot or Teams reads', () => {
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: 'ar',
    rtl: true,
    fallbackText: 'اتصل بـ 112',
    body: [
      { type: 'TextBlock', text: 'اتصل بـ 116 111', wrap: true },
      { type: 'FactSet', facts: [{ title: '+47 23 95 00 00', value: 'UDs operative senter – على مدار الساعة' }] },
      { type: 'Input.Text', id: 'countryText', placeholder: 'مثلًا Somalia', label: 'البلد 1', errorMessage: 'مطلوب 1', value: 'Somalia' },
      { type: 'Input.ChoiceSet', id: 'ageBand', value: '13-15', choices: [{ title: '13–15 سنة', value: '13-15' }] },
      { type: 'Image', url: 'https://example.no/a.png', altText: 'Logo 2023' },
      { type: 'Chart.VerticalBar', title: 'الحالات 2023', data: [{ x: '2019–2020', y: 12 }], fallback: { type: 'TextBlock', text: '2019: 12' } },
      { type: 'Table', rows: [{ type: 'TableRow', cells: [{ type: 'TableCell', items: [{ type: 'TextBlock', text: '2023' }] }] }] },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'اتصل بـ 116 111', url: 'tel:116111', tooltip: 'tel 116 111' },
      { type: 'Action.Submit', title: 'Kompetanseteamet', data: { verb: 'show-contact', serviceId: 'kompetanseteamet', title: 'x 1', msteams: { type: 'imBack', value: 'رقم هاتف Kompetanseteamet' } } },
      { type: 'Action.ToggleVisibility', title: 'المزيد 2', targetElements: ['block1', { elementId: 'b2', isVisible: true }] },
      { type: 'Action.ShowCard', title: 'اعرض الإجابة: ung.no', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'ung.no 24/7' }], actions: [{ type: 'Action.Submit', title: '👍 1', data: { verb: 'feedback', vote: 'up' } }] } },
    ],
    msteams: { width: 'Full' },
  };
  const isolated = isolateCardText(card);

  it('isolates text blocks, facts, placeholders, labels, choice and action titles, chart labels, nested cards, fallbacks', () => {
    expect(shown(isolated.fallbackText)).toBe('اتصل بـ ⟨112⟩');
    expect(shown(JSON.stringify(isolated.body))).toContain('"text":"اتصل بـ ⟨116 111⟩"');
    expect(shown(JSON.stringify(isolated.body[1]))).toContain('{"title":"⟨+47 23 95 00 00⟩","value":"⟨UDs operative senter⟩ – على مدار الساعة"}');
    expect(shown(JSON.stringify(isolated.body[2]))).toBe(
      '{"type":"Input.Text","id":"countryText","placeholder":"مثلًا ⟨Somalia⟩","label":"البلد ⟨1⟩","errorMessage":"مطلوب ⟨1⟩","value":"Somalia"}',
    );
    expect(shown(JSON.stringify(isolated.body[3]))).toBe('{"type":"Input.ChoiceSet","id":"ageBand","value":"13-15","choices":[{"title":"⟨13–15⟩ سنة","value":"13-15"}]}');
    expect(shown(JSON.stringify(isolated.body[4]))).toBe('{"type":"Image","url":"https://example.no/a.png","altText":"⟨Logo 2023⟩"}');
    expect(shown(JSON.stringify(isolated.body[5]))).toBe(
      '{"type":"Chart.VerticalBar","title":"الحالات ⟨2023⟩","data":[{"x":"⟨2019–2020⟩","y":12}],"fallback":{"type":"TextBlock","text":"⟨2019: 12⟩"}}',
    );
    expect(shown(JSON.stringify(isolated.body[6]))).toContain('"text":"⟨2023⟩"');
    expect(isolated.actions.map((a) => shown(a.title))).toEqual(['اتصل بـ ⟨116 111⟩', '⟨Kompetanseteamet⟩', 'المزيد ⟨2⟩', 'اعرض الإجابة: ⟨ung.no⟩']);
    expect(shown(isolated.actions[0]!.tooltip!)).toBe('⟨tel 116 111⟩');
    expect(shown(JSON.stringify(isolated.actions[3]))).toContain('"text":"⟨ung.no 24/7⟩"');
    expect(shown(JSON.stringify(isolated.actions[3]))).toContain('"title":"👍 ⟨1⟩"');
  });

  it('never changes urls, ids, submit data, input values, targets, type, schema or language', () => {
    expect(isolated.actions[0]!.url).toBe('tel:116111');
    expect(isolated.actions[1]!.data).toEqual(card.actions[1]!.data);
    expect(isolated.actions[2]!.targetElements).toEqual(card.actions[2]!.targetElements);
    expect(isolated.actions[3]!.card!.actions[0]!.data).toEqual({ verb: 'feedback', vote: 'up' });
    expect(isolated.body[4]).toMatchObject({ url: 'https://example.no/a.png' });
    expect({ type: isolated.type, $schema: isolated.$schema, version: isolated.version, lang: isolated.lang, rtl: isolated.rtl, msteams: isolated.msteams }).toEqual({
      type: card.type,
      $schema: card.$schema,
      version: card.version,
      lang: card.lang,
      rtl: card.rtl,
      msteams: card.msteams,
    });
  });

  it('is a copy, and isolating it again changes nothing', () => {
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: 'اتصل بـ 116 111', wrap: true });
    expect(isolateCardText(isolated)).toEqual(isolated);
  });

  it('isolates a thumbnail card (the message extension preview) but not its button values', () => {
    const thumbnail = { title: 'Kompetanseteamet', subtitle: '815 55 201', text: 'نص 2', images: [{ url: 'https://x.no/a.png', alt: 'Logo' }], buttons: [{ type: 'openUrl', title: 'ung.no', value: 'https://ung.no' }] };
    expect(shown(JSON.stringify(isolateCardText(thumbnail)))).toBe(
      '{"title":"⟨Kompetanseteamet⟩","subtitle":"⟨815 55 201⟩","text":"نص ⟨2⟩","images":[{"url":"https://x.no/a.png","alt":"⟨Logo⟩"}],"buttons":[{"type":"openUrl","title":"⟨ung.no⟩","value":"https://ung.no"}]}',
    );
  });
});
