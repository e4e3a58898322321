package dev.answerlens.extraction;

import dev.answerlens.model.architecture.ServiceArchitectureTest;

/** This service keeps the rules every service keeps (ServiceArchitectureTest), checked on its production classes. */
class ArchitectureTest extends ServiceArchitectureTest {
}
