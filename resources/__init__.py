"""The workstation's data files (call scripts, intake mapping, font, translations), installed as the package
``workstation_resources``. Find them through ``workstation.resources.resource_path``, never by path."""
