// The charts' heights, apart from the charts: their placeholders take the same room, so nothing jumps.
const ROW_HEIGHT = 30;

export const strengthChartHeight = (narrow: boolean) => (narrow ? 240 : 260);

/** The users-per-method chart grows with its bars. */
export const methodChartHeight = (bars: number) => bars * ROW_HEIGHT + 40;
