/** The id of the methods section: `#about` links to it and opens it. */
export const ABOUT_ID = 'about';
