package dev.ebb.compiler.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DestinationTypesTest {

  @Test
  void findsFactoriesRegisteredAsServices() {
    DestinationTypes types = DestinationTypes.load();

    assertThat(types.names()).contains("crm", "table");
    assertThat(types.find("crm")).get().isInstanceOf(TestingDestinationFactory.Crm.class);
    assertThat(types.find("hubspot")).isEmpty();
  }

  @Test
  void twoFactoriesForOneTypeIsAPackagingError() {
    assertThatThrownBy(() -> DestinationTypes.of(List.of(new TestingDestinationFactory.Crm(), new TestingDestinationFactory.Crm())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crm");
  }
}
