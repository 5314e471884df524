import type { IndexableArticle } from '../../src/knowledge/article-index';

/** A small, hand-written stand-in for the article files, so index tests do not move when content changes. */
export const FIXTURE_ARTICLES: readonly IndexableArticle[] = [
  {
    id: 'negative-social-control',
    title: { nb: 'Negativ sosial kontroll', nn: 'Negativ sosial kontroll', en: 'Negative social control' },
    phrasings: {
      nb: ['hva er negativ sosial kontroll', 'hva betyr nsk', 'familien bestemmer alt i livet hennes'],
      nn: ['kva er negativ sosial kontroll'],
      en: ['what is negative social control', 'family decides everything in her life'],
    },
  },
  {
    id: 'forced-marriage',
    title: { nb: 'Tvangsekteskap', nn: 'Tvangsekteskap', en: 'Forced marriage' },
    phrasings: {
      nb: ['hva er tvangsekteskap', 'elev skal giftes bort mot sin vilje'],
      nn: ['kva er tvangsekteskap'],
      en: ['what is forced marriage', 'married against her will'],
    },
  },
  {
    id: 'fgm',
    title: { nb: 'Kjønnslemlestelse', nn: 'Kjønnslemlesting', en: 'Female genital mutilation (FGM)' },
    phrasings: { nb: ['hva er kjønnslemlestelse', 'omskjæring av jenter'], en: ['what is fgm'] },
  },
  {
    id: 'interpreters',
    title: { nb: 'Bruk av tolk', nn: 'Bruk av tolk', en: 'Using interpreters' },
    phrasings: { nb: ['kan familien tolke', 'trenger vi tolk'], en: ['can a relative interpret'] },
  },
  {
    id: 'service-diversity-advisers',
    title: { nb: 'Mangfoldsrådgivere', nn: 'Mangfaldsrådgjevarar', en: 'Diversity advisers' },
    phrasings: { nb: ['hva gjør en mangfoldsrådgiver'], en: ['what does a diversity adviser do'] },
  },
  {
    id: 'service-kompetanseteamet',
    title: { nb: 'Kompetanseteamet', en: 'Kompetanseteamet (the national competence team)' },
    phrasings: { nb: ['hva er kompetanseteamet', 'hva gjør kompetanseteamet'], en: ['what is kompetanseteamet'] },
  },
];
