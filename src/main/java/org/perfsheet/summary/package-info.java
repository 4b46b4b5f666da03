/**
 * The batch summary for the finance bureau, streamed with fastexcel so memory stays flat: one form
 * per (year, unit, project, kind), the latest winning ({@link org.perfsheet.summary.Batch});
 * tallies per form kind and year ({@link org.perfsheet.summary.Sections}); sheets 汇总, 部门汇总, 项目汇总,
 * 问题清单, 催报 ({@link org.perfsheet.summary.Chase}) and the charts as pictures, every sheet set up for
 * A4 landscape ({@link org.perfsheet.summary.Sheet}); or CSV.
 */
package org.perfsheet.summary;
