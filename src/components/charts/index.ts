// The pictures a chapter may place where its text needs them (documented in docs/authoring.md). Only
// chapters get them, so that event and glossary pages do not carry the charts' styles.
import TimelineChart from './TimelineChart.astro';
import BoardChart from './BoardChart.astro';
import SuccessionStrip from './SuccessionStrip.astro';
import TallyChart from './TallyChart.astro';
import StructureChart from './StructureChart.astro';

export const chartComponents = {
  Timeline: TimelineChart,
  Board: BoardChart,
  Succession: SuccessionStrip,
  Letter: TallyChart,
  Structure: StructureChart,
};
