package org.perfsheet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringMonthTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1-7月执行数 | 7",
        "1—6月执行率 | 6",
        "1 - 9 月执行数 | 9",
        "截至9月底执行数 | 9",
        "1至12月完成值 | 12",
        "１－８月执行数 | 8",
        "全年预计执行数 | ",
        "1-13月执行数 | ",
        "'' | "
      })
  void theMonthComesFromTheHeader(String header, Integer month) {
    assertEquals(month, MonitoringMapping.month(header), header);
  }
}
