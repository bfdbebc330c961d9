/**
 * Matching (链万企 供需对接): the Lucene index of open needs, published solutions and provider profiles, derived
 * from the database through the events of the need and provider modules; the ranking of solutions for a need and
 * of needs for a solution or provider, with the reasons for each match; the domain synonym dictionary that admins
 * edit; and the start-up check and rebuild that keep the index equal to the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit", "need", "provider", "engagement"})
@org.jspecify.annotations.NullMarked
package org.jigai.matching;
