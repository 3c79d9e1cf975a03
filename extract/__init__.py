"""Turn report text into mentions, entities and relations."""
