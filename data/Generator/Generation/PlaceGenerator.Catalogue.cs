using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>Which places there are, and where they go.</summary>
internal sealed partial class PlaceGenerator
{
    private void AddNamedPlaces()
    {
        AddAt("钢城中学", "school", "钢城中学教学楼", 1500, 2200);
        AddAt("跃进村小学", "school", "跃进村小学教学楼", 900, 1300);
        AddAt("跃进村幼儿园", "school", "跃进村幼儿园", 200, 320);
        AddAt("钢城医院", "hospital", "钢城医院住院楼", 300, 500);
        AddAt("跃进村街道社区卫生服务中心", "hospital", "跃进村街道社区卫生服务中心", 80, 150);
        AddAt("钢城医院发热门诊", "epidemic_site", "钢城医院门诊楼", 30, 60);
        AddAt("社区卫生服务中心发热哨点诊室", "epidemic_site", "跃进村街道社区卫生服务中心", 10, 30);
        AddAt("跃进村健康驿站", "epidemic_site", "钢城商务酒店", 40, 80);
        AddAt("跃进村农贸市场", "market", "跃进村农贸市场", 800, 1500);
        AddAt("钢城购物中心", "mall", "钢城购物中心", 3000, 5000);
        AddAt("翠柏百货", "mall", "翠柏百货大楼", 1500, 2500);
        AddAt("跃进商业广场", "mall", "跃进商业广场B座", 1200, 2000);
        AddAt("钢城商务酒店", "hotel", "钢城商务酒店", 150, 260);
        AddAt("钢城影城", "entertainment", "钢城影城", 600, 900);
        AddAt(PlaceNames.EscapeRooms[0], "escape_room", "钢城购物中心", 30, 60);
        AddAt("跃进村养老院", "elderly_care", "跃进村养老院", 120, 200);
        AddAt("跃进村老礼堂", "cultural_heritage", "跃进村老礼堂", 400, 600);
        AddAt("钢铁厂旧址陈列馆", "cultural_heritage", "钢铁厂旧址办公楼", 100, 200);
        AddAt("苏式专家楼", "cultural_heritage", "苏式专家楼", 50, 100);
        var factory = Labels.Place("factory");
        foreach (var works in new[] { $"钢城机械厂1号{factory}", $"跃进印刷厂{factory}", "大渡口五金加工厂", "汽配加工厂", "新型建材厂", "食品加工厂" })
        {
            AddAt(works.Replace($"1号{factory}", "", StringComparison.Ordinal).Replace(factory, "", StringComparison.Ordinal), "factory", works, 40, 300);
        }

        foreach (var works in new[] { "渝芯电子" + Labels.Place("clean_room_factory"), "康泰医疗器械洁净车间", "精工光学" + Labels.Place("clean_room_factory") })
        {
            AddAt(works, "clean_room_factory", works, 50, 300);
        }

        var warehouse = Labels.Place("warehouse");
        AddAt($"钢港物流{warehouse}", "logistics_warehouse", $"钢港物流1号{warehouse}", 20, 80);
        foreach (var store in new[] { "渝西物流中心仓", "顺达" + Labels.Place("logistics_warehouse"), $"跃进冷链{warehouse}" })
        {
            AddAt(store, "logistics_warehouse", store, 20, 80);
        }

        foreach (var store in new[] { "建材", "五金", "粮油", "家具", "日杂" }.Select(goods => goods + warehouse))
        {
            AddAt(store, "warehouse", store, 5, 30);
        }

        AddInOpen("钢港用户侧" + Labels.Place("energy_storage"), "energy_storage", BlockKind.Industrial, 0);
        AddInOpen("渝西物流" + Labels.Place("energy_storage"), "energy_storage", BlockKind.Industrial, 1);
        AddInOpen("钢城购物中心储能站", "energy_storage", BlockKind.Commercial, 0);
    }

    private void AddShopsAndServices()
    {
        var shopHouses = Hosts(b => b.CompoundCode is not null && b.UseClass is "mixed" or "commercial");
        var streetShops = shopHouses.Concat(Hosts(b => b.Name is "跃进商业广场B座" or "跃进村农贸市场")).ToList();
        foreach (var name in PlaceNames.Restaurants.Take(30))
        {
            AddShop(name, "restaurant", rng.Pick(streetShops));
        }

        foreach (var name in PlaceNames.Hotels.Take(7))
        {
            AddShop(name, "hotel", rng.Pick(shopHouses));
        }

        foreach (var name in PlaceNames.Markets)
        {
            AddShop(name, "market", rng.Pick(shopHouses));
        }

        foreach (var name in PlaceNames.Entertainment.Take(9))
        {
            AddShop(name, "entertainment", rng.Pick(streetShops));
        }

        foreach (var name in PlaceNames.EscapeRooms.Skip(1))
        {
            AddShop(name, "escape_room", rng.Pick(streetShops));
        }

        foreach (var name in PlaceNames.Clinics)
        {
            AddShop(name, "hospital", rng.Pick(shopHouses));
        }

        var halls = Hosts(b => b.UseClass == "public" && b.CompoundCode is not null);
        foreach (var community in world.Communities.Take(5))
        {
            var local = halls.Where(b => b.CommunityCode == community.Code).ToList();
            var host = local.Count > 0 ? rng.Pick(local) : rng.Pick(Hosts(b => b.CommunityCode == community.Code && b.UseClass == "residential"));
            Add(community.Name + "养老服务站", "elderly_care", host, SpotFinder.Inside(host, rng));
        }

        foreach (var hall in rng.Shuffled(halls).Take(2))
        {
            Add(CompoundOf(hall).Name + "幼儿园", "school", hall, SpotFinder.Inside(hall, rng));
        }
    }

    private void AddResidentialPlaces()
    {
        var homes = Hosts(b => b.CompoundCode is not null && b.UseClass is "residential" or "mixed");
        foreach (var host in rng.Shuffled(homes.GroupBy(b => b.CompoundCode).Select(g => g.First())).Take(12))
        {
            AddShop(CompoundOf(host).Name + "快递驿站", "express_delivery", host);
        }

        var sheds = 0;
        foreach (var host in rng.Shuffled(homes))
        {
            var compound = CompoundOf(host);
            var name = compound.Name + "电动自行车充电棚";
            if (sheds == 30 || world.Places.Any(p => p.Name == name))
            {
                continue;
            }

            if (SpotFinder.Beside(host, CompoundArea(host), CompoundMates(host), rng, 3) is { } spot)
            {
                Add(name, "ebike_charging", host, spot, $"{compound.Address}{compound.Name}{host.BuildingNo}栋旁", inBuilding: false);
                sheds++;
            }
        }

        var oldHomes = homes.Where(InOldCompound).ToList();
        foreach (var host in rng.Shuffled(oldHomes.Where(b => b.UseClass == "residential")).Take(12))
        {
            var unit = $"{rng.Between(1, 3)}单元{rng.Between(2, host.Floors)}-{rng.Between(1, 2)}";
            Add($"{CompoundOf(host).Name}{host.Name}{Labels.Place("group_rental")}", "group_rental", host, SpotFinder.Inside(host, rng), host.Address + unit);
        }

        var workshops = rng.Shuffled(oldHomes).Take(10).ToList();
        for (var k = 0; k < workshops.Count; k++)
        {
            var host = workshops[k];
            var trade = PlaceNames.Workshops[k % PlaceNames.Workshops.Count];
            AddShop($"{CompoundOf(host).Name}{host.Name}{trade}", "three_in_one", host);
        }
    }
}
