import LinearProgress from '@mui/material/LinearProgress';

/** Where a page will be while its code downloads. */
export const PageLoading = () => <LinearProgress aria-label="Loading page" />;
