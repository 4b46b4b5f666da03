package org.perfsheet.model;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who reviews and how, as the submitter is told it: the reviewer named as the comments' author and
 * on the findings sheet, the reviewing body in its title, the scoring profile by name, and the
 * clock that dates the review. The one place for these settings and their defaults; {@code check}
 * and the watched folder take them from the command line.
 *
 * @param reviewer the comments' author and the 审核人 shown; {@value #DEFAULT_REVIEWER} by default
 * @param body the reviewing body (审核单位), shown in the title; null when not configured
 * @param profile the scoring profile's name as shown (a file name), or {@value #DEFAULT_PROFILE}
 */
public record ReviewSettings(String reviewer, String body, String profile, Clock clock) {

  public static final String DEFAULT_REVIEWER = "perfsheet";
  public static final String DEFAULT_PROFILE = "默认（财预〔2020〕10号）";

  /** Excel keeps at most 255 characters of a comment's author; a name is much shorter. */
  static final int MAX_NAME = 60;

  public ReviewSettings {
    Objects.requireNonNull(clock, "clock");
    reviewer = name(reviewer, "审核人", "reviewer");
    body = body == null || body.isBlank() ? null : name(body, "审核单位", "reviewing body");
    profile = profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile.strip();
    if (reviewer == null) {
      reviewer = DEFAULT_REVIEWER;
    }
  }

  /**
   * Reviews are dated in China Standard Time whatever the server's zone (a container often runs in
   * UTC, and 20:30 in Shanghai must not read 12:30 on the findings sheet).
   */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public static ReviewSettings defaults() {
    return new ReviewSettings(null, null, null, Clock.system(ZONE));
  }

  public ReviewSettings withReviewer(String name, String reviewingBody) {
    return new ReviewSettings(name, reviewingBody, profile, clock);
  }

  public ReviewSettings withProfile(String name) {
    return new ReviewSettings(reviewer, body, name, clock);
  }

  public ReviewSettings withClock(Clock c) {
    return new ReviewSettings(reviewer, body, profile, c);
  }

  private static String name(String value, String chinese, String english) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > MAX_NAME || v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          chinese
              + "名称须为不超过 "
              + MAX_NAME
              + " 个字符的一行文字：“"
              + v
              + "” / the "
              + english
              + " must be one line of at most "
              + MAX_NAME
              + " characters");
    }
    return v;
  }
}
