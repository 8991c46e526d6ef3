package dev.ebb.compiler.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void firstLineDropsWhatFollowsAndTheBlanksAround() {
    assertThat(Messages.firstLine("ERROR: relation \"x\" does not exist\r\n  Position: 15")).isEqualTo("ERROR: relation \"x\" does not exist");
    assertThat(Messages.firstLine("\n  one line  ")).isEqualTo("one line");
    assertThat(Messages.firstLine("")).isEmpty();
    assertThat(Messages.firstLine(null)).isEmpty();
  }
}
