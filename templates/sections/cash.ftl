Cash coverage
Can operating cash flow fund the build-out? Capex against cash from operations, and the free cash
flow left after it (beside the company's own figure, where it publishes one), over each company's
latest quarter, trailing twelve months and latest fiscal year; then capex against revenue and
against depreciation. Capex is on each company's guidance basis throughout.
