import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { periodYears, type PublishedFigure } from '../../src/stats/store/published-figure';

/** The statistics question that asks for exactly one published figure (its service, metric, years and split). */
export function queryFor(figure: PublishedFigure): StatsQueryModel {
  const years = periodYears(figure.period);
  const dimension = figure.kind === 'ranking' ? figure.dimension : figure.breakdown?.dimension;
  return {
    service: figure.service,
    services: [figure.service],
    metric: figure.metric,
    fromYear: Math.min(...years),
    toYear: Math.max(...years),
    ...(dimension ? { breakdown: dimension } : {}),
    mode: 'value',
  };
}
