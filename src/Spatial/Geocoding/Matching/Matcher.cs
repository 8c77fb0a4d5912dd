using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>
/// Finds and scores the entries an address may mean. Candidates come from the name index (the address's
/// name part) and from the road number it gives; each is scored by how well its name occurs in the
/// address and whether its road and number agree, then scaled down for a foreign area or community.
/// </summary>
internal sealed class Matcher
{
    // Below this share of a name found in the address, the name is not taken as matched at all.
    private const double MinNameSimilarity = 0.34;

    // A place matched by name in an address that also names a building it does not stand for.
    private const double BuildingUnexplainedFactor = 0.9;

    private readonly Gazetteer _gazetteer;
    private readonly GeocoderOptions _options;

    public Matcher(Gazetteer gazetteer, GeocoderOptions options)
    {
        _gazetteer = gazetteer;
        _options = options;
    }

    public List<GeocodeCandidate> Match(ParsedAddress p, int limit)
    {
        var indexes = _gazetteer.Indexes;
        var set = new CandidateSet(_options.MinScore);
        var query = MatchQuery.From(p, _gazetteer);
        indexes.RoadNumbers.TryGetValue((p.Road ?? string.Empty, p.HouseNumber ?? string.Empty), out var site);
        site = p.IsKnownRoad ? site : null;

        foreach (var id in NamedCandidates(query, site))
        {
            ScoreNamed(_gazetteer.Entries[id], query, set);
        }

        if (site is not null)
        {
            AddRoadNumber(site, query, set);
        }
        else if (p.IsKnownRoad && indexes.Roads.TryGetValue(p.Road!, out var road))
        {
            var score = (p.HouseNumber is null ? 1.0 : 0.75) * (query.Name.Length == 0 ? 1 : 0.7);
            var evidence = MatchEvidence.Road | (p.HouseNumber is null ? 0 : MatchEvidence.HouseNumberDiffers)
                | (query.Name.Length == 0 ? 0 : MatchEvidence.NameUnexplained);
            set.Add(_gazetteer.Entries[road], score * query.AreaFactor, evidence | query.AreaEvidence);
        }

        if (query.CommunityId >= 0)
        {
            var alone = query.Name.Length == 0 && p.Road is null;
            set.Add(_gazetteer.Entries[query.CommunityId], (alone ? 0.9 : 0.5) * query.AreaFactor, query.AreaEvidence);
        }

        return set.Ranked(_options, limit);
    }

    private HashSet<int> NamedCandidates(MatchQuery query, RoadNumberSite? site)
    {
        var ids = new HashSet<int>();
        if (query.NameWithBuilding.Length > 0)
        {
            var items = new List<int>();
            _gazetteer.Indexes.Names.Collect(query.SearchText, _options.MaxNameCandidates, items);
            foreach (var item in items)
            {
                ids.Add(_gazetteer.Indexes.Names.Items[item].EntryId);
            }
        }

        if (site is not null && query.Name.Length > 0)
        {
            ids.UnionWith(site.Members);
        }

        return ids;
    }

    private void ScoreNamed(GazetteerEntry entry, MatchQuery query, CandidateSet set)
    {
        var (similarity, evidence, buildingUnexplained) = NameScore(entry, query);
        if (similarity < MinNameSimilarity)
        {
            return;
        }

        var score = RoadAgreement.Score(entry, query.Parsed, similarity, ref evidence) * query.AreaFactor * query.CommunityFactor(entry)
            * (buildingUnexplained ? BuildingUnexplainedFactor : 1);
        evidence |= query.AreaEvidence | query.CommunityEvidence(entry);
        if (entry.Level == MatchLevel.Compound)
        {
            AddCompound(entry, score, evidence, query, set);
        }
        else
        {
            set.Add(entry, score, evidence);
        }
    }

    private (double Similarity, MatchEvidence Evidence, bool BuildingUnexplained) NameScore(GazetteerEntry entry, MatchQuery query)
    {
        var names = _gazetteer.Indexes.EntryNames[entry.Id];
        var withBuilding = entry.Level != MatchLevel.Compound && query.Parsed.Building is not null;
        var best = 0.0;
        var bestEffective = 0.0;
        var evidence = MatchEvidence.None;
        var unexplained = false;
        for (var k = 0; k < names.Length; k++)
        {
            var s = ApproximateMatch.Similarity(names[k], query.Name);
            foreach (var withArea in query.NamesWithArea)
            {
                s = Math.Max(s, ApproximateMatch.Similarity(names[k], withArea));
            }

            // A place or named building may carry the building word in its name (跃进商业广场A座); matched
            // without it, the building the address names stays unexplained.
            var sb = withBuilding ? ApproximateMatch.Similarity(names[k], query.NameWithBuilding) : 0;
            if (withBuilding && query.NameWithRemark is { } withRemark)
            {
                sb = Math.Max(sb, ApproximateMatch.Similarity(names[k], withRemark));
            }

            var explained = !withBuilding || sb >= s * BuildingUnexplainedFactor;
            var effective = explained ? Math.Max(s, sb) : s * BuildingUnexplainedFactor;
            if (effective > bestEffective)
            {
                bestEffective = effective;
                best = explained ? Math.Max(s, sb) : s;
                unexplained = !explained;
                evidence = (best >= 1 ? MatchEvidence.NameExact : MatchEvidence.NameApproximate) | (k > 0 ? MatchEvidence.Alias : 0);
            }
        }

        return (best, evidence, unexplained);
    }

    // A compound or its building loses 4 % for each character of words after the building it does not
    // explain (…11栋群租房), between 5 % and 20 %: a place so named should outrank it.
    private void AddCompound(GazetteerEntry compound, double score, MatchEvidence evidence, MatchQuery query, CandidateSet set)
    {
        if (query.RemarkUnexplained)
        {
            score *= Math.Clamp(1 - (0.04 * query.Parsed.Remark!.Length), 0.8, 0.95);
            evidence |= MatchEvidence.NameUnexplained;
        }

        var number = query.Parsed.Building;
        if (number is null)
        {
            set.Add(compound, score, evidence);
            return;
        }

        if (_gazetteer.Indexes.CompoundBuildings.TryGetValue(compound.Id, out var buildings) && buildings.TryGetValue(number, out var building))
        {
            set.Add(_gazetteer.Entries[building], score, evidence | MatchEvidence.Building);
            set.Add(compound, score * 0.9, evidence);
            return;
        }

        // The compound is right; the building is not one we know, and no other building is guessed instead.
        set.Add(compound, score * 0.95, evidence | MatchEvidence.BuildingNotFound);
    }

    private void AddRoadNumber(RoadNumberSite site, MatchQuery query, CandidateSet set)
    {
        var unnamed = query.Name.Length == 0;
        if (unnamed)
        {
            // 跃进村路12号3栋: no name, but the road number says which compound the building is in.
            foreach (var id in site.Members)
            {
                var e = _gazetteer.Entries[id];
                if (e.Level == MatchLevel.Compound)
                {
                    var evidence = MatchEvidence.RoadNumber | query.AreaEvidence | query.CommunityEvidence(e);
                    AddCompound(e, 0.9 * query.AreaFactor * query.CommunityFactor(e), evidence, query, set);
                }
            }
        }

        var score = unnamed ? (query.Parsed.Building is null ? 1.0 : 0.85) : 0.6;
        var own = MatchEvidence.RoadNumber | (unnamed ? 0 : MatchEvidence.NameUnexplained) | query.AreaEvidence;
        set.Add(_gazetteer.Entries[site.EntryId], score * query.AreaFactor, own);
    }
}
