package org.perfsheet.annotate;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.perfsheet.model.Light;
import org.perfsheet.model.Severity;

/**
 * The fills perfsheet uses: one per severity, one for values it filled in, and the four warning
 * lights of monitoring forms, strong colours unlike the pale finding fills.
 */
enum Marks implements Look.Fill {
  ERROR(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, IndexedColors.ROSE),
  WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, IndexedColors.LIGHT_YELLOW),
  INFO(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, IndexedColors.PALE_BLUE),
  FILLED(new byte[] {(byte) 0xE2, (byte) 0xEF, (byte) 0xDA}, IndexedColors.LIGHT_GREEN),
  LIGHT_RED(new byte[] {(byte) 0xFF, (byte) 0x50, (byte) 0x50}, IndexedColors.RED),
  LIGHT_YELLOW(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x00}, IndexedColors.GOLD),
  LIGHT_GREEN(new byte[] {(byte) 0x00, (byte) 0xB0, (byte) 0x50}, IndexedColors.SEA_GREEN),
  LIGHT_BLUE(new byte[] {(byte) 0x00, (byte) 0xB0, (byte) 0xF0}, IndexedColors.SKY_BLUE);

  private final byte[] rgb;
  private final IndexedColors legacy;

  Marks(byte[] rgb, IndexedColors legacy) {
    this.rgb = rgb;
    this.legacy = legacy;
  }

  @Override
  public byte[] rgb() {
    return rgb.clone();
  }

  @Override
  public IndexedColors legacy() {
    return legacy;
  }

  static Marks of(Severity s) {
    return switch (s) {
      case ERROR -> ERROR;
      case WARNING -> WARNING;
      case INFO -> INFO;
    };
  }

  static Marks of(Light light) {
    return switch (light) {
      case RED -> LIGHT_RED;
      case YELLOW -> LIGHT_YELLOW;
      case GREEN -> LIGHT_GREEN;
      case BLUE -> LIGHT_BLUE;
    };
  }
}
