// handshakes/viz: layouts and standalone pictures (d3-force; no DOM needed). Re-exports only.
export {
  egoLayout,
  type EgoLayout,
  type EgoLayoutOptions,
  type EgoLayoutAssignOptions,
  type EgoPosition,
} from './ego-layout.js';
export { renderEgoSvg, type RenderEgoSvgOptions } from './render-ego-svg.js';
export {
  egoRings,
  type EgoRings,
  type EgoRingsOptions,
  type EgoGroup,
  type EgoGrouping,
  type EgoIntroducer,
} from './ego-rings.js';
export { renderEgoRingsSvg, type RenderEgoRingsSvgOptions } from './render-ego-rings-svg.js';
export {
  renderDistributionSvg,
  type DistributionInput,
  type RenderDistributionSvgOptions,
} from './render-distribution-svg.js';
export { renderReachSvg, type ReachSeries, type RenderReachSvgOptions } from './render-reach-svg.js';
export {
  renderStrategySvg,
  type StrategyChartInput,
  type StrategyChartRound,
  type RenderStrategySvgOptions,
} from './render-strategy-svg.js';
export {
  renderReport,
  type ReportData,
  type ReportFigure,
  type ReportPicture,
  type ReportTable,
} from './render-report.js';
export { collectExplore, type ReportExplore } from './collect-explore.js';
export type { PageLang } from './page-words.js';
export type { PictureOptions } from './svg.js';
export { collectReport, type CollectReportOptions } from './collect-report.js';
