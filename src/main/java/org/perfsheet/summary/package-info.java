/**
 * The batch summary for the finance bureau, streamed with fastexcel so memory stays flat:
 * 项目汇总, 部门汇总, 问题清单, and charts as a PNG; or CSV.
 */
package org.perfsheet.summary;
