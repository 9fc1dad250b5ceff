"""core: the bottom layer that parsers/, claims/ and reconcile/ all read.

    errors   EngineError, the one base of every error the engine raises on purpose
    schema   Document, Period, FxStamp and Claim: one schema per concept; the store's
             columns, the exports and reconcile's ClaimView are derived from it by name
    fx       the dated monthly USD rate table and to_usd (with the rate's provenance)
    units    periods as pint quantities: the factor that makes an amount per year

Nothing here does I/O beyond reading its own shipped data at import.
"""
