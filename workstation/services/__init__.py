"""Use cases, called alike by the GUI and the `workstation` command. They return plain frozen values."""
