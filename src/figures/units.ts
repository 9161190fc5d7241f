/** How a figure's unit and basis are said in words. */
import type { Comparable, FigureBasis, FigureUnit } from '../data/figures-constants';

export const UNIT_LABELS: Record<FigureUnit, string> = {
  't-reo': 'metric tons of rare-earth-oxide (REO) equivalent',
  't-tr2o3': 'metric tons of rare-earth oxides (TR₂O₃), as Russian balances count them',
  't-rem': 'metric tons of “rare-earth metals”, as reported (the source does not say whether as oxide)',
};

export const BASIS_LABELS: Record<FigureBasis, string> = {
  'balance-explored': 'Russian state balance, “explored reserves” (categories not stated)',
  'balance-abc1': 'Russian state balance, categories A+B+C1 (explored)',
  'balance-c2': 'Russian state balance, category C2 (preliminarily estimated)',
  'jorc-ore-reserve': 'Ore reserve under the JORC code (economically mineable)',
  'measured-indicated': 'Measured and indicated resources (not reserves)',
  prognostic: 'Prognostic resources (a forecast, not reserves)',
  prospective: 'Prospective resources (Soviet-style estimate, not reserves)',
  'category-not-stated': 'Category not stated',
};

export const COMPARABLE_LABELS: Record<Comparable, string> = {
  'usgs-reserves': 'Comparable in kind with USGS reserves',
  'russian-balance': 'Comparable with Rosnedra’s 28.5 Mt, not with USGS reserves',
  none: 'Not comparable with either',
};
