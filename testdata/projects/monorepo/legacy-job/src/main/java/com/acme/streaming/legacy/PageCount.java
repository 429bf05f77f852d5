// Page count POJO and its window aggregate. Not a job: nothing is reported in this file.
package com.acme.streaming.legacy;

import org.apache.flink.api.common.functions.AggregateFunction;

public class PageCount {
    public String page;
    public long clicks;

    public PageCount() {}

    public String toCsv() {
        return page + "," + clicks;
    }

    public static class CountPerPage implements AggregateFunction<Click, PageCount, PageCount> {
        @Override
        public PageCount createAccumulator() {
            return new PageCount();
        }

        @Override
        public PageCount add(Click click, PageCount acc) {
            acc.page = click.page;
            acc.clicks += click.clicks;
            return acc;
        }

        @Override
        public PageCount getResult(PageCount acc) {
            return acc;
        }

        @Override
        public PageCount merge(PageCount a, PageCount b) {
            a.clicks += b.clicks;
            return a;
        }
    }
}
