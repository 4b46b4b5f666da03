package org.perfsheet.layout;

/**
 * One marked field of a template: its key (the defined name, e.g. {@code ps_budget_annual}), how to
 * find it, and what the legend says of it.
 *
 * @param below whether the field sits below the indicator table (总分 row): its row label ends the
 *     table
 * @param repeated whether the field belongs to the block that repeats (年度目标 1…n of a
 *     department-wide form)
 */
public record FieldLayout(
    String key,
    Locator locator,
    String meaning,
    boolean required,
    boolean fillDown,
    boolean below,
    boolean repeated) {}
