// separation/: distance distributions, degrees of separation, effective diameter, diameter.
export { separation, type SeparationSummary, type SeparationErrors } from './separation.js';
export { distanceDistribution, type DistanceDistribution } from './distance-distribution.js';
export type { SeparationOptions, SeparationMethod } from './separation-options.js';
export type { DistributionErrors } from './sample-distribution.js';
export type { Estimate } from './estimate.js';
export { effectiveDiameter } from './effective-diameter.js';
export { diameter, diameterBounds, type DiameterOptions, type DiameterBounds } from './diameter.js';
export { eccentricity, type EccentricityOptions, type EccentricityAssignOptions } from './eccentricity.js';
export {
  compareWithStudies,
  CONVENTION_NOTE,
  SIX_DEGREES,
  STUDIES,
  studyFigure,
  type Study,
  type StudyComparison,
  type StudiesComparison,
} from './compare-with-studies.js';
export { estimateSeparation, type EstimateSeparationInput, type SeparationEstimate } from './estimate-separation.js';
