/**
 * How much of a category a page lists before it links to the category's own
 * page instead: what keeps a page's cost the same at 4 or 4,000 questions
 * (DESIGN.md). The category pages and /faq list every question.
 */
export const LIST_LIMITS = {
  /** Questions a home page card shows; a bigger category adds "All N questions". */
  homeQuestionsPerCategory: 5,
  /**
   * Questions a sidebar category shows. A bigger one is collapsed to its link,
   * except on its own pages, where it shows this many around the current
   * question, then "All N questions".
   */
  sidebarQuestionsPerCategory: 10,
} as const satisfies Record<string, number>;
