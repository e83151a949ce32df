/** The folder under plan/ (and the `cohort` column value) of the program's communities of practice. */
export const COMMUNITIES = 'communities';
