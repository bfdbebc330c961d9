/**
 * The annual selection of excellent upgrade cases (优秀案例): the bureau opens a call ({@link org.jigai.selection.CallTransition});
 * enterprises nominate completed upgrades, pre-filled from a project or engagement; the bureau checks them
 * ({@link org.jigai.selection.NominationTransition}); experts, assigned per nomination by the bureau or by the
 * platform's proposal ({@link org.jigai.selection.ExpertAssigner}), score each criterion
 * ({@link org.jigai.selection.ReviewTransition}); the bureau selects from the ranking ({@link org.jigai.selection.Ranking}),
 * publishes the selection for public notice (公示) with objections ({@link org.jigai.selection.ObjectionOutcome}), then as
 * final. Published cases form the public showcase at {@code /cases} (看样学样) and count in their provider's standing
 * ({@link org.jigai.base.PublishedCases}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "account", "audit", "project", "engagement", "matching"})
@org.jspecify.annotations.NullMarked
package org.jigai.selection;
