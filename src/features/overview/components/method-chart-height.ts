const ROW_HEIGHT = 30;

/** The users-per-method chart grows with its bars; its placeholder takes the same room, so nothing jumps. */
export const methodChartHeight = (bars: number) => bars * ROW_HEIGHT + 40;
