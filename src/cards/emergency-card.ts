import { formatSource, type Source } from '../content/source';
import { pickRequired } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import type { EmergencyContact } from '../knowledge/emergency-contacts';
import { adaptiveCard, container, factSet, heading, openUrlAction, paragraph, smallNote, telUrl, type AdaptiveCard } from './card-kit';

/** Each source once, in the order first cited. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = formatSource(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The card shown first when a message signals immediate danger: 112 on top, then every number with
 * when to use it, each as a button that opens the dialler, and where the numbers come from.
 */
export function emergencyCard(lng: Lang, t: Translate, contacts: readonly EmergencyContact[]): AdaptiveCard {
  const abroad = contacts.find((c) => c.abroad);
  const sources = uniqueSources(contacts.flatMap((c) => c.sources));
  return adaptiveCard(
    lng,
    [
      container(
        lng,
        [
          heading(t('guidance:emergency.title')),
          paragraph(t('guidance:emergency.intro')),
          factSet(contacts.map((c) => ({ title: c.phone, value: `${pickRequired(c.name, lng).value} – ${pickRequired(c.when, lng).value}` }))),
          ...(abroad ? [paragraph(t('guidance:emergency.abroad', { phone: abroad.phone }))] : []),
        ],
        { style: 'attention' },
      ),
      container(lng, [
        smallNote(
          [
            t('guidance:emergency.sourcesLabel'),
            ...(contacts.some((c) => c.commonKnowledge) ? [t('guidance:emergency.commonKnowledge')] : []),
            ...sources.map(formatSource),
          ].join(' '),
        ),
      ]),
    ],
    contacts.map((c) => openUrlAction(t('guidance:emergency.call', { phone: c.phone, name: pickRequired(c.name, lng).value }), telUrl(c.phone))),
    t('guidance:emergency.title'),
  );
}
